package io.imageedit.cache;

import io.imageedit.image.ImageFormat;
import io.imageedit.testing.TestApp;
import io.imageedit.testing.TestImages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("/cache serves stored files safely and nothing else")
class CacheRoutesTest {

  record Reply(int status, Map<String, String> headers, Buffer body) {
  }

  static Future<Reply> get(HttpClient client, int port, String rawPath, Map<String, String> headers) {
    RequestOptions o = new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1")
        .setPort(port).setURI(rawPath);
    headers.forEach(o::putHeader);
    return client.request(o).compose(req -> req.send())
        .compose(res -> res.body().map(body -> new Reply(res.statusCode(), headersOf(res), body)));
  }

  private static Map<String, String> headersOf(HttpClientResponse res) {
    java.util.HashMap<String, String> h = new java.util.HashMap<>();
    res.headers().forEach(e -> h.put(e.getKey().toLowerCase(), e.getValue()));
    return h;
  }

  @Test
  @DisplayName("correct headers, 304 on a matching ETag, byte ranges, and 416 past the end")
  void serving(Vertx vertx, VertxTestContext ctx) {
    Buffer png = TestImages.pngWithMark(30, 20, 1, 1);
    HttpClient client = vertx.createHttpClient();
    TestApp.start(vertx, Map.of()).compose(app -> app.services().contentCache()
        .store("results", png, ImageFormat.PNG).compose(file -> {
          String path = "/cache/" + file.key();
          return get(client, app.port(), path, Map.of()).compose(full -> {
            ctx.verify(() -> {
              assertEquals(200, full.status());
              assertEquals(png, full.body());
              assertEquals("image/png", full.headers().get("content-type"));
              assertEquals("\"" + file.sha256() + "\"", full.headers().get("etag"));
              assertEquals("public, max-age=31536000, immutable",
                  full.headers().get("cache-control"));
              assertEquals("nosniff", full.headers().get("x-content-type-options"));
              assertEquals("no-referrer", full.headers().get("referrer-policy"));
              assertEquals(true, full.headers().get("content-security-policy")
                  .startsWith("default-src 'none'"));
            });
            return get(client, app.port(), path,
                Map.of("If-None-Match", "\"" + file.sha256() + "\""));
          }).compose(notModified -> {
            ctx.verify(() -> assertEquals(304, notModified.status()));
            return get(client, app.port(), path,
                Map.of("Range", "bytes=1-3", "Accept-Encoding", "gzip, deflate"));
          }).compose(range -> {
            ctx.verify(() -> {
              assertEquals(206, range.status());
              assertEquals("bytes 1-3/" + png.length(), range.headers().get("content-range"));
              assertEquals(png.slice(1, 4), range.body());
              String encoding = range.headers().get("content-encoding");
              assertTrue(encoding == null || encoding.equals("identity"), encoding);
            });
            return get(client, app.port(), path, Map.of("Range", "bytes=-4"));
          }).compose(suffix -> {
            ctx.verify(() -> assertEquals(png.slice(png.length() - 4, png.length()),
                suffix.body()));
            return get(client, app.port(), path, Map.of("Range", "bytes=999999-"));
          }).map(unsatisfiable -> {
            ctx.verify(() -> assertEquals(416, unsatisfiable.status()));
            return unsatisfiable;
          });
        }))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("traversal, encoded dots, symlinks, temp files and malformed keys all answer 404")
  void outside(Vertx vertx, VertxTestContext ctx) {
    HttpClient client = vertx.createHttpClient();
    TestApp.start(vertx, Map.of()).compose(app -> {
      Path root = app.config().image().cacheDir();
      String hash = "a".repeat(64);
      try {
        Files.createDirectories(root.resolve("results"));
        Files.createSymbolicLink(root.resolve("results/" + hash + ".png"), Path.of("/etc/passwd"));
        Files.writeString(root.resolve("results/.tmp-x"), "partial");
        Files.writeString(root.resolve("secret.txt"), "secret");
      } catch (Exception e) {
        return Future.failedFuture(e);
      }
      List<String> paths = List.of(
          "/cache/../conf/config.json",
          "/cache/%2e%2e/%2e%2e/etc/passwd",
          "/cache/results/..%2f..%2fetc%2fpasswd",
          "/cache/results/%2e%2e/secret.txt",
          "/cache/secret.txt",
          "/cache/results/" + hash + ".png",
          "/cache/results/.tmp-x",
          "/cache//etc/passwd",
          "/cache/results/" + hash.toUpperCase() + ".png",
          "/cache/.index/aa/" + hash + ".json");
      Future<Void> chain = Future.succeededFuture();
      for (String p : paths) {
        chain = chain.compose(v -> get(client, app.port(), p, Map.of()).map(r -> {
          ctx.verify(() -> assertEquals(404, r.status(), p));
          return null;
        }));
      }
      return chain;
    }).onComplete(ctx.succeedingThenComplete());
  }
}

package io.imageedit.image;

import io.imageedit.config.AppConfig;
import io.imageedit.cache.ContentCache;
import io.imageedit.testing.ImageServer;
import io.imageedit.testing.TestApp;
import io.imageedit.testing.TestImages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("Fetching enforces size, time, pixel and format limits")
class FetchLimitsTest {

  static Future<ImageFetcher> fetcher(Vertx vertx, Map<String, String> overrides) {
    AppConfig config = AppConfig.from(TestApp.rawConfig(overrides));
    return ContentCache.open(vertx, config.image().cacheDir(), config.server().cacheUrl(), 0, true)
        .map(cache -> new ImageFetcher(vertx, config.image(), cache));
  }

  static Future<Void> expectFailure(Future<?> f, VertxTestContext ctx, String expected) {
    return f.transform(ar -> {
      ctx.verify(() -> {
        assertTrue(ar.failed(), "expected a failure containing: " + expected);
        assertTrue(ar.cause().getMessage().contains(expected), ar.cause().getMessage());
      });
      return Future.succeededFuture();
    });
  }

  @Test
  @DisplayName("a body over FETCH_MAX_BYTES is cut off while streaming, with or without Content-Length")
  void maxBytes(Vertx vertx, VertxTestContext ctx) {
    Buffer big = TestImages.pngWithMark(4, 4, 1, 1).appendBuffer(Buffer.buffer(new byte[300_000]));
    ImageServer.start(vertx).compose(server -> {
      server.serve("/declared.png", "image/png", big);
      server.handle("/chunked.png", req -> {
        req.response().setChunked(true).putHeader("Content-Type", "image/png");
        // Endless stream: the fetcher must stop reading, not wait for the end.
        Consumer<Void>[] pump = new Consumer[1];
        pump[0] = v -> {
          if (!req.response().closed()) {
            req.response().write(Buffer.buffer(new byte[16_384]))
                .onSuccess(x -> vertx.runOnContext(y -> pump[0].accept(null)));
          }
        };
        req.response().write(TestImages.pngWithMark(4, 4, 1, 1));
        pump[0].accept(null);
      });
      return fetcher(vertx, Map.of("ALLOW_PRIVATE_URLS", "true", "FETCH_MAX_BYTES", "100000"))
          .compose(f -> expectFailure(f.fetch(server.url("/declared.png")), ctx,
                  "the limit is 0.1 MB (FETCH_MAX_BYTES)")
              .compose(v -> expectFailure(f.fetch(server.url("/chunked.png")), ctx,
                  "is larger than the limit is 0.1 MB")));
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a server that never answers fails after FETCH_TIMEOUT_MS")
  void timeout(Vertx vertx, VertxTestContext ctx) {
    ImageServer.start(vertx).compose(server -> {
      server.handle("/slow.png", req -> { /* never answers */ });
      server.handle("/trickle.png", req -> {
        req.response().setChunked(true).write(TestImages.pngWithMark(4, 4, 1, 1));
        vertx.setPeriodic(100, id -> {
          if (req.response().closed()) {
            vertx.cancelTimer(id);
          } else {
            req.response().write("x");
          }
        });
      });
      long start = System.currentTimeMillis();
      return fetcher(vertx, Map.of("ALLOW_PRIVATE_URLS", "true", "FETCH_TIMEOUT_MS", "700"))
          .compose(f -> expectFailure(f.fetch(server.url("/slow.png")), ctx,
                  "took longer than 0.7 s (FETCH_TIMEOUT_MS)")
              .compose(v -> expectFailure(f.fetch(server.url("/trickle.png")), ctx,
                  "took longer than 0.7 s")))
          .map(v -> {
            ctx.verify(() -> assertTrue(System.currentTimeMillis() - start < 5_000));
            return v;
          });
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a tiny PNG claiming 60000x60000 is refused from its header")
  void pixelBomb(Vertx vertx, VertxTestContext ctx) {
    ImageServer.start(vertx).compose(server -> {
      server.serve("/bomb.png", "image/png", ImageSnifferTest.pngHeader(60000, 60000));
      return fetcher(vertx, Map.of("ALLOW_PRIVATE_URLS", "true"))
          .compose(f -> expectFailure(f.fetch(server.url("/bomb.png")), ctx,
              "the image is 60000x60000 (3600 MP); the limit is 50 MP"));
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("HTML or SVG served as image/png, and HTTP errors, are refused with what was received")
  void notImages(Vertx vertx, VertxTestContext ctx) {
    ImageServer.start(vertx).compose(server -> {
      server.serve("/page.png", "image/png", Buffer.buffer("<!doctype html><html></html>"));
      server.serve("/vector.png", "image/png", Buffer.buffer("<svg xmlns='x'></svg>"));
      return fetcher(vertx, Map.of("ALLOW_PRIVATE_URLS", "true"))
          .compose(f -> expectFailure(f.fetch(server.url("/page.png")), ctx, "an HTML page")
              .compose(v -> expectFailure(f.fetch(server.url("/vector.png")), ctx, "SVG"))
              .compose(v -> expectFailure(f.fetch(server.url("/missing.png")), ctx,
                  "answered HTTP 404"))
              .compose(v -> expectFailure(f.fetch("ftp://example.com/a.png"), ctx,
                  "Give an http(s) URL"))
              .compose(v -> expectFailure(f.fetch("data:text/html;base64,PGh0bWw+"), ctx,
                  "data:image/png;base64")));
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("data: URLs are decoded and sniffed like downloads")
  void dataUrl(Vertx vertx, VertxTestContext ctx) {
    Buffer png = TestImages.pngWithMark(7, 3, 1, 1);
    String url = "data:image/png;base64," + java.util.Base64.getEncoder()
        .encodeToString(png.getBytes());
    fetcher(vertx, Map.of())
        .compose(f -> f.fetch(url))
        .onComplete(ctx.succeeding(src -> ctx.verify(() -> {
          assertEquals(ImageFormat.PNG, src.format());
          assertEquals(7, src.width());
          assertEquals(ImageOps.sha256(png.getBytes()), src.sha256());
          ctx.completeNow();
        })));
  }
}

package io.imageedit.web;

import io.imageedit.testing.TestApp;
import io.imageedit.testing.TestImages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("an upload over UPLOAD_MAX_BYTES is refused with 413 and leaves nothing behind")
class UploadSizeLimitTest {
  private static final Map<String, String> LIMIT = Map.of("UPLOAD_MAX_BYTES", "100000");

  /** About 300 kB of PNG: noise does not compress. */
  private static Buffer bigPng() {
    java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(300, 300,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.util.Random random = new java.util.Random(42);
    for (int y = 0; y < 300; y++) {
      for (int x = 0; x < 300; x++) {
        img.setRGB(x, y, random.nextInt());
      }
    }
    return TestImages.png(img);
  }

  /** A raw POST to the upload URL, for tests that control how the body is sent. */
  private static Future<HttpClientRequest> open(HttpClient http, TestApp app) {
    return http.request(new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1")
        .setPort(app.port()).setURI(app.config().server().securePrefix() + "/upload"));
  }

  /** No temporary file remains (soon), nothing was stored; then the app stops. */
  private static Future<Void> nothingLeft(Vertx vertx, VertxTestContext ctx, TestApp app) {
    return Uploads.eventually(vertx, () -> Uploads.tempFiles(app).isEmpty(), 5000)
        .map(v -> {
          ctx.verify(() -> assertTrue(Uploads.storedUploads(app).isEmpty()));
          return v;
        })
        .compose(v -> app.stop(vertx));
  }

  @Test
  @DisplayName("a declared Content-Length over the limit is refused before the body is read")
  void declaredLength(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    Buffer png = bigPng();
    Uploads.start(vertx, LIMIT).compose(app -> Uploads.post(client, app,
            Uploads.Part.file("big.png", png))
        .map(res -> {
          ctx.verify(() -> {
            assertTrue(png.length() > 200_000);
            assertEquals(413, res.statusCode());
            assertTrue(res.bodyAsJsonObject().getString("error").contains("UPLOAD_MAX_BYTES"));
            assertTrue(Uploads.storedUploads(app).isEmpty());
          });
          return app;
        })
        .compose(a -> Uploads.eventually(vertx, () -> Uploads.tempFiles(a).isEmpty(), 5000))
        .compose(v -> app.stop(vertx)))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a chunked body without a length is cut off as soon as it passes the limit")
  void chunkedBody(Vertx vertx, VertxTestContext ctx) {
    HttpClient http = vertx.createHttpClient();
    Buffer body = Uploads.body(Uploads.Part.file("big.png", bigPng()));
    Uploads.start(vertx, LIMIT).compose(app -> open(http, app)
            .compose(req -> {
              req.setChunked(true).putHeader("Content-Type", Uploads.contentType());
              Future<HttpClientResponse> response = req.response();
              // Sent in pieces, like a streaming client; the server answers mid-way.
              for (int i = 0; i < body.length(); i += 16 * 1024) {
                req.write(body.getBuffer(i, Math.min(body.length(), i + 16 * 1024)));
              }
              req.end();
              return response;
            })
            .compose(res -> res.body().map(b -> {
              ctx.verify(() -> {
                assertEquals(413, res.statusCode());
                assertTrue(b.toJsonObject().getString("error").contains("100000"));
              });
              return app;
            }))
            .compose(a -> nothingLeft(vertx, ctx, app)))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a client that disconnects mid-upload leaves no temporary file")
  void abortedUpload(Vertx vertx, VertxTestContext ctx) {
    HttpClient http = vertx.createHttpClient();
    Buffer body = Uploads.body(Uploads.Part.file("half.png", bigPng()));
    Uploads.start(vertx, Map.of()).compose(app -> open(http, app)
            .compose(req -> {
              req.putHeader("Content-Type", Uploads.contentType())
                  .putHeader("Content-Length", String.valueOf(body.length()));
              return req.write(body.getBuffer(0, body.length() / 2))
                  // Wait until the server has started a temporary file, then hang up.
                  .compose(v -> Uploads.eventually(vertx, () -> !Uploads.tempFiles(app).isEmpty(), 5000))
                  .compose(v -> req.connection().close());
            })
            .compose(v -> nothingLeft(vertx, ctx, app)))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("successful and refused uploads both delete their temporary files")
  void tempFilesDeleted(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    Uploads.start(vertx, Map.of()).compose((TestApp app) -> Uploads.post(client, app,
            Uploads.Part.file("ok.png", TestImages.pngWithMark(20, 20, 2, 2)))
        .compose(ok -> Uploads.post(client, app,
            Uploads.Part.file("bad.png", Uploads.text("<svg xmlns='http://www.w3.org/2000/svg'/>"))))
        .map(bad -> {
          ctx.verify(() -> assertEquals(415, bad.statusCode()));
          return app;
        })
        .compose(a -> Uploads.eventually(vertx, () -> Uploads.tempFiles(a).isEmpty(), 5000))
        .map(v -> {
          ctx.verify(() -> assertEquals(1, Uploads.storedUploads(app).size()));
          return v;
        })
        .compose(v -> app.stop(vertx)))
        .onComplete(ctx.succeedingThenComplete());
  }
}

package io.imageedit.web;

import io.imageedit.testing.TestApp;
import io.imageedit.testing.TestImages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
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
@DisplayName("uploads that are not plain raster images are refused with a JSON error saying why")
class UploadRefusalsTest {

  private static Future<Void> expect(VertxTestContext ctx, WebClient client, TestApp app,
      int status, String fragment, Uploads.Part... parts) {
    return Uploads.post(client, app, parts).map((HttpResponse<Buffer> res) -> {
      ctx.verify(() -> {
        assertEquals(status, res.statusCode(), res.bodyAsString());
        assertTrue(res.getHeader("Content-Type").startsWith("application/json"));
        String error = res.bodyAsJsonObject().getString("error");
        assertTrue(error.contains(fragment), "\"" + error + "\" should mention " + fragment);
        assertTrue(Uploads.storedUploads(app).isEmpty(), "nothing is stored");
      });
      return null;
    });
  }

  private static Buffer withTrailer(Buffer image, String trailer) {
    return image.copy().appendBuffer(Uploads.text(trailer));
  }

  @Test
  @DisplayName("SVG, HTML and PDF are 415 whatever their file name claims")
  void documents(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    Uploads.start(vertx, Map.of()).compose(app -> expect(ctx, client, app, 415, "SVG",
            Uploads.Part.file("logo.png", Uploads.text(
                "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")))
        .compose(v -> expect(ctx, client, app, 415, "HTML",
            Uploads.Part.file("photo.jpg", Uploads.text("<!doctype html><html><body>hi</body></html>"))))
        .compose(v -> expect(ctx, client, app, 415, "PDF",
            Uploads.Part.file("scan.png", Uploads.text("%PDF-1.7\n1 0 obj <<>> endobj"))))
        .compose(v -> app.stop(vertx)))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("polyglots (a real image that is also HTML, script or PDF) are 415")
  void polyglots(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    Buffer png = TestImages.pngWithMark(16, 16, 3, 3);
    Buffer gif = TestImages.encode(TestImages.decode(png), "gif");
    Uploads.start(vertx, Map.of()).compose(app -> expect(ctx, client, app, 415, "polyglot",
            Uploads.Part.file("a.png", withTrailer(png, "<html><script>fetch('/x')</script></html>")))
        .compose(v -> expect(ctx, client, app, 415, "polyglot",
            Uploads.Part.file("b.gif", withTrailer(gif, "/*<SCRIPT>*/alert(1)"))))
        .compose(v -> expect(ctx, client, app, 415, "polyglot",
            Uploads.Part.file("c.jpg", withTrailer(TestImages.jpeg(16, 16), "%PDF-1.4 trailer"))))
        .compose(v -> app.stop(vertx)))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("an empty file, a missing file, a wrong field and a non-multipart body are 400")
  void malformed(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    Buffer png = TestImages.pngWithMark(4, 4, 0, 0);
    Uploads.start(vertx, Map.of()).compose(app -> expect(ctx, client, app, 400, "empty",
            Uploads.Part.file("empty.png", Buffer.buffer()))
        .compose(v -> expect(ctx, client, app, 400, "no file",
            new Uploads.Part("note", null, "text/plain", Uploads.text("hello"))))
        .compose(v -> expect(ctx, client, app, 400, "field \"file\"",
            new Uploads.Part("image", "x.png", "image/png", png)))
        .compose(v -> client.postAbs(app.secureUrl() + "/upload")
            .putHeader("Content-Type", "image/png").sendBuffer(png).map(res -> {
              ctx.verify(() -> {
                assertEquals(400, res.statusCode());
                assertTrue(res.bodyAsJsonObject().getString("error").contains("curl -F file=@"));
              });
              return (Void) null;
            }))
        .compose(v -> app.stop(vertx)))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("an image over MAX_IMAGE_PIXELS is 413 before anything is decoded")
  void tooManyPixels(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    Uploads.start(vertx, Map.of("MAX_IMAGE_PIXELS", "1000")).compose(app -> expect(ctx, client,
            app, 413, "MAX_IMAGE_PIXELS", Uploads.Part.file("big.png", TestImages.pngWithMark(50, 50, 1, 1)))
        .compose(v -> app.stop(vertx)))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a truncated image whose header looks fine is 415 (it cannot be decoded)")
  void truncated(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    Buffer jpeg = TestImages.jpeg(64, 64);
    Buffer broken = jpeg.getBuffer(0, 400);
    Uploads.start(vertx, Map.of()).compose(app -> expect(ctx, client, app, 415, "\"cut.jpg\"",
            Uploads.Part.file("cut.jpg", broken))
        .compose(v -> app.stop(vertx)))
        .onComplete(ctx.succeedingThenComplete());
  }
}

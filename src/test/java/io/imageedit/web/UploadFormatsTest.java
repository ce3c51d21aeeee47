package io.imageedit.web;

import io.imageedit.image.ImageFormat;
import io.imageedit.image.WebpSupport;
import io.imageedit.testing.TestApp;
import io.imageedit.testing.TestImages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("POST /{secret}/upload stores every raster format the pipeline decodes and answers its link")
class UploadFormatsTest {

  private static BufferedImage picture(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, (x * 7) << 16 | (y * 5) << 8 | 0x40);
      }
    }
    return img;
  }

  private record Case(String name, Buffer bytes, String format, String ext) {
  }

  @Test
  @DisplayName("PNG, JPEG, GIF and BMP come back as {url, key, width, height, format, bytes} and the link serves them")
  void formats(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    List<Case> cases = List.of(
        new Case("a.png", TestImages.png(picture(31, 17)), "png", "png"),
        new Case("b.jpg", TestImages.jpeg(33, 19), "jpeg", "jpg"),
        new Case("c.gif", TestImages.encode(picture(35, 21), "gif"), "gif", "gif"),
        new Case("d.bmp", TestImages.encode(picture(37, 23), "bmp"), "bmp", "bmp"));
    Uploads.start(vertx, Map.of()).compose(app -> {
      Future<Void> chain = Future.succeededFuture();
      for (Case c : cases) {
        chain = chain.compose(v -> Uploads.post(client, app, Uploads.Part.file(c.name(), c.bytes()))
            .compose(res -> {
              JsonObject body = res.bodyAsJsonObject();
              ctx.verify(() -> {
                assertEquals(200, res.statusCode(), c.name() + ": " + res.bodyAsString());
                assertEquals(c.format(), body.getString("format"));
                BufferedImage expected = TestImages.decode(c.bytes());
                assertEquals(expected.getWidth(), body.getInteger("width"));
                assertEquals(expected.getHeight(), body.getInteger("height"));
                assertTrue(body.getString("key").matches("uploads/[0-9a-f]{64}\\." + c.ext()),
                    body.getString("key"));
                assertEquals(app.config().server().cacheUrl() + "/cache/" + body.getString("key"),
                    body.getString("url"));
              });
              return Uploads.fetch(client, body.getString("url")).map(served -> {
                ctx.verify(() -> {
                  assertEquals(body.getLong("bytes"), (long) served.length());
                  // Files without metadata are stored exactly as uploaded.
                  assertArrayEquals(c.bytes().getBytes(), served.getBytes(), c.name());
                });
                return (Void) null;
              });
            }));
      }
      return chain.compose(v -> app.stop(vertx));
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("WebP (made by the pipeline itself) is accepted where libwebp is available")
  void webp(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    Uploads.start(vertx, Map.of()).compose(app -> vertx.executeBlocking(WebpSupport::available)
        .compose(available -> {
          if (!available) {
            return Future.succeededFuture(app);
          }
          return app.services().imageClient()
              .reencode(TestImages.png(picture(41, 29)), ImageFormat.WEBP, true)
              .compose(webp -> Uploads.post(client, app, Uploads.Part.file("e.webp", webp.bytes()))
                  .map(res -> {
                    ctx.verify(() -> {
                      assertEquals(200, res.statusCode(), res.bodyAsString());
                      assertEquals("webp", res.bodyAsJsonObject().getString("format"));
                      assertEquals(41, res.bodyAsJsonObject().getInteger("width"));
                      assertTrue(res.bodyAsJsonObject().getString("key").endsWith(".webp"));
                    });
                    return app;
                  }));
        })
        .compose(a -> a.stop(vertx)))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("several files in one request answer an array in the same order")
  void severalFiles(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    Buffer first = TestImages.png(picture(10, 11));
    Buffer second = TestImages.jpeg(12, 13);
    Uploads.start(vertx, Map.of()).compose(app -> Uploads.post(client, app,
            Uploads.Part.file("one.png", first), Uploads.Part.file("two.jpg", second))
        .map(res -> {
          ctx.verify(() -> {
            assertEquals(200, res.statusCode(), res.bodyAsString());
            JsonArray results = res.bodyAsJsonArray();
            assertEquals(2, results.size());
            assertEquals("png", results.getJsonObject(0).getString("format"));
            assertEquals(10, results.getJsonObject(0).getInteger("width"));
            assertEquals("jpeg", results.getJsonObject(1).getString("format"));
            assertEquals(13, results.getJsonObject(1).getInteger("height"));
          });
          return app;
        })
        .compose(a -> a.stop(vertx)))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("curl's way of sending (Vert.x multipart form with a real file name) works too")
  void formUpload(Vertx vertx, VertxTestContext ctx) throws Exception {
    WebClient client = WebClient.create(vertx);
    java.nio.file.Path file = java.nio.file.Files.createTempFile("cat", ".png");
    java.nio.file.Files.write(file, TestImages.pngWithMark(8, 8, 1, 1).getBytes());
    Uploads.start(vertx, Map.of()).compose((TestApp app) -> client
            .postAbs(app.secureUrl() + "/upload")
            .sendMultipartForm(io.vertx.ext.web.multipart.MultipartForm.create()
                .binaryFileUpload("file", "cat.png", file.toString(), "image/png"))
            .map(res -> {
              ctx.verify(() -> {
                assertEquals(200, res.statusCode(), res.bodyAsString());
                assertEquals(8, res.bodyAsJsonObject().getInteger("width"));
              });
              return app;
            })
            .compose(a -> a.stop(vertx)))
        .onComplete(ctx.succeedingThenComplete());
  }
}

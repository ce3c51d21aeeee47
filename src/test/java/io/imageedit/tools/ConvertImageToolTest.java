package io.imageedit.tools;

import io.imageedit.image.ImageFormat;
import io.imageedit.image.ImageSniffer;
import io.imageedit.testing.ImageFixture;
import io.imageedit.testing.TestImages;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.awt.image.BufferedImage;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("convert_image changes the format, reports sizes before and after, and writes real WebP")
class ConvertImageToolTest {

  @Test
  @DisplayName("PNG to JPEG to WebP and back, each output sniffed as what it claims")
  void conversions(Vertx vertx, VertxTestContext ctx) {
    ImageFixture.start(vertx, Map.of("/c.png", TestImages.coordinatePng(200, 100)))
        .compose(f -> f.call("convert_image", new JsonObject().put("url", f.url("/c.png"))
                .put("format", "jpg").put("quality", 50))
            .compose(jpeg -> {
              ctx.verify(() -> {
                JsonObject d = ImageFixture.data(jpeg);
                assertEquals("jpeg", d.getString("format"));
                assertTrue(d.getString("key").endsWith(".jpg"));
                assertEquals(ImageFormat.JPEG, ImageSniffer.sniff(f.file(jpeg)).orElseThrow());
                assertEquals(f.file(jpeg).length(), d.getInteger("bytesAfter"));
                assertTrue(d.getInteger("bytesBefore") > 0);
                assertEquals("png", d.getString("sourceFormat"));
              });
              return f.call("convert_image", new JsonObject().put("url", f.url("/c.png"))
                  .put("format", "webp"));
            })
            .compose(webp -> {
              Buffer bytes = f.file(webp);
              ctx.verify(() -> {
                assertEquals(ImageFormat.WEBP, ImageSniffer.sniff(bytes).orElseThrow());
                assertEquals(200, ImageSniffer.header(bytes).width());
              });
              // Feed the WebP back in by its cache URL: read from disk, decoded via dwebp.
              return f.call("convert_image", new JsonObject()
                  .put("url", ImageFixture.data(webp).getString("url")).put("format", "png"));
            })
            .compose(png -> {
              ctx.verify(() -> {
                BufferedImage img = TestImages.decode(f.file(png));
                assertEquals(200, img.getWidth());
                assertEquals(100, img.getHeight());
              });
              return ImageFixture.errorOf(f.call("convert_image",
                  new JsonObject().put("url", f.url("/c.png")).put("format", "tiff")));
            })
            .map(m -> {
              ctx.verify(() -> assertTrue(m.contains("must be png, jpeg, webp or gif"), m));
              return m;
            }))
        .onComplete(ctx.succeedingThenComplete());
  }
}

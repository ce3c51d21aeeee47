package io.imageedit.tools;

import io.imageedit.testing.ImageFixture;
import io.imageedit.testing.TestImages;
import io.vertx.core.Vertx;
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
@DisplayName("crop_image cuts exactly the pixels the 0..999 grid names")
class CropImageToolTest {

  private static JsonObject box(String url, double x1, double y1, double x2, double y2) {
    return new JsonObject().put("image_url", url).put("x1", x1).put("y1", y1).put("x2", x2)
        .put("y2", y2);
  }

  /** The pixel at (0,0) of the result names its source coordinates (red = x, green = y). */
  private static int[] origin(BufferedImage img) {
    int rgb = img.getRGB(0, 0);
    return new int[] {(rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF};
  }

  @Test
  @DisplayName("edges 0 and 999, reversed corners, pixel and percent units, and empty areas")
  void crops(Vertx vertx, VertxTestContext ctx) {
    ImageFixture.start(vertx, Map.of("/c.png", TestImages.coordinatePng(200, 100)))
        .compose(f -> {
          String url = f.url("/c.png");
          return f.call("crop_image", box(url, 0, 0, 999, 999))
              .compose(full -> {
                ctx.verify(() -> {
                  // floor(999/1000*200)=199, floor(999/1000*100)=99: the last row/column is out.
                  BufferedImage img = TestImages.decode(f.file(full));
                  assertEquals(199, img.getWidth());
                  assertEquals(99, img.getHeight());
                  assertEquals(0xFF000000 | 198 << 16 | 98 << 8, img.getRGB(198, 98));
                });
                return f.call("crop_image", box(url, 750, 900, 250, 100));
              })
              .compose(reversed -> {
                ctx.verify(() -> {
                  BufferedImage img = TestImages.decode(f.file(reversed));
                  assertEquals(100, img.getWidth());
                  assertEquals(80, img.getHeight());
                  assertEquals(50, origin(img)[0]);
                  assertEquals(10, origin(img)[1]);
                });
                return f.call("crop_image", box(url, 10, 20, 15, 24).put("unit", "pixel"));
              })
              .compose(pixels -> {
                ctx.verify(() -> {
                  BufferedImage img = TestImages.decode(f.file(pixels));
                  assertEquals(5, img.getWidth());
                  assertEquals(4, img.getHeight());
                  assertEquals(10, origin(img)[0]);
                  assertEquals(20, origin(img)[1]);
                });
                return f.call("crop_image", box(url, 50, 50, 100, 100).put("unit", "percent"));
              })
              .compose(percent -> {
                ctx.verify(() -> {
                  BufferedImage img = TestImages.decode(f.file(percent));
                  assertEquals(100, img.getWidth());
                  assertEquals(100, origin(img)[0]);
                  assertEquals(50, origin(img)[1]);
                });
                return ImageFixture.errorOf(f.call("crop_image", box(url, 500, 100, 502, 900)));
              })
              .map(empty -> {
                ctx.verify(() -> assertTrue(empty.startsWith("the crop area is empty"), empty));
                return null;
              });
        })
        .onComplete(ctx.succeedingThenComplete());
  }
}

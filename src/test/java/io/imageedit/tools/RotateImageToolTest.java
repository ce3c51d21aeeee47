package io.imageedit.tools;

import io.imageedit.mcp.ToolResult;
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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("rotate_image moves a known pixel to where a rotation puts it")
class RotateImageToolTest {

  @Test
  @DisplayName("right90, left90 and flip180 (in any spelling) land the mark exactly")
  void rotations(Vertx vertx, VertxTestContext ctx) {
    // 40x30 image, mark at (5, 2). Clockwise 90: (x,y) -> (H-1-y, x) in a 30x40 image.
    ImageFixture.start(vertx, Map.of("/img.png", TestImages.pngWithMark(40, 30, 5, 2)))
        .compose(f -> f.call("rotate_image",
                new JsonObject().put("url", f.url("/img.png")).put("direction", "Right_90"))
            .compose(right -> {
              ctx.verify(() -> assertMark(f, right, 30, 40, 27, 5));
              return f.call("rotate_image",
                  new JsonObject().put("url", f.url("/img.png")).put("direction", "left90"));
            })
            .compose(left -> {
              ctx.verify(() -> assertMark(f, left, 30, 40, 2, 34));
              return f.call("rotate_image",
                  new JsonObject().put("url", f.url("/img.png")).put("direction", "FLIP180"));
            })
            .compose(flip -> {
              ctx.verify(() -> assertMark(f, flip, 40, 30, 34, 27));
              return f.call("rotate_image", new JsonObject().put("url", f.url("/img.png"))
                  .put("degrees", 45).put("background", "#ffffff"));
            })
            .compose(any -> {
              ctx.verify(() -> {
                JsonObject d = ImageFixture.data(any);
                // 40x30 turned 45°: ceil((40+30)·√½) = 50 both ways, corners white.
                assertEquals(50, d.getInteger("width"));
                assertEquals(50, d.getInteger("height"));
                assertEquals(0xFFFFFFFF, TestImages.decode(f.file(any)).getRGB(0, 0));
              });
              return ImageFixture.errorOf(f.call("rotate_image",
                  new JsonObject().put("url", f.url("/img.png")).put("direction", "up")));
            })
            .map(message -> {
              ctx.verify(() -> assertTrue(message.startsWith("direction must be right90"),
                  message));
              return null;
            }))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a JPEG (decoded as 3-byte BGR) rotates with its corners where they belong")
  void jpegQuadrants(Vertx vertx, VertxTestContext ctx) {
    BufferedImage src = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 64; x++) {
        src.setRGB(x, y, x < 16 && y < 16 ? 0xFF0000 : 0x0000FF);
      }
    }
    ImageFixture.start(vertx, Map.of("/q.jpg", TestImages.encode(src, "jpeg")))
        .compose(f -> f.call("rotate_image",
                new JsonObject().put("url", f.url("/q.jpg")).put("direction", "right90"))
            .compose(right -> {
              ctx.verify(() -> {
                assertEquals("jpeg", ImageFixture.data(right).getString("format"));
                BufferedImage img = TestImages.decode(f.file(right));
                assertEquals(32, img.getWidth());
                assertEquals(64, img.getHeight());
                assertTrue(isRed(img.getRGB(28, 4)), "red block not at the top right");
                assertTrue(!isRed(img.getRGB(4, 4)), "red block left at the top left");
              });
              return f.call("flip_image",
                  new JsonObject().put("url", f.url("/q.jpg")).put("axis", "vertical"));
            })
            .map(flipped -> {
              ctx.verify(() -> {
                BufferedImage img = TestImages.decode(f.file(flipped));
                assertTrue(isRed(img.getRGB(4, 28)), "red block not at the bottom left");
                assertTrue(!isRed(img.getRGB(4, 4)));
              });
              return flipped;
            }))
        .onComplete(ctx.succeedingThenComplete());
  }

  private static boolean isRed(int rgb) {
    return ((rgb >> 16) & 0xFF) > 180 && (rgb & 0xFF) < 80;
  }

  static void assertMark(ImageFixture f, ToolResult result, int w, int h, int x, int y) {
    JsonObject data = ImageFixture.data(result);
    assertEquals(w, data.getInteger("width"));
    assertEquals(h, data.getInteger("height"));
    assertEquals("png", data.getString("format"));
    assertTrue(data.getString("url").startsWith(
        f.app().config().server().cacheUrl() + "/cache/results/"));
    BufferedImage img = TestImages.decode(f.file(result));
    assertEquals(w, img.getWidth());
    assertEquals(h, img.getHeight());
    assertArrayEquals(new int[] {x, y}, TestImages.findMark(img));
  }
}

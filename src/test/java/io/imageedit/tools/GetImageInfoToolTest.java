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
import static org.junit.jupiter.api.Assertions.assertFalse;

@ExtendWith(VertxExtension.class)
@DisplayName("get_image_info reports displayed size, EXIF orientation and tags; transforms apply the orientation")
class GetImageInfoToolTest {

  @Test
  @DisplayName("a 40x30 JPEG with orientation 6 is reported and processed as 30x40")
  void exifOrientation(Vertx vertx, VertxTestContext ctx) {
    ImageFixture.start(vertx, Map.of("/o.jpg", TestImages.jpegWithExif(40, 30, 6)))
        .compose(f -> f.call("get_image_info", new JsonObject().put("url", f.url("/o.jpg")))
            .compose(info -> {
              ctx.verify(() -> {
                JsonObject d = ImageFixture.data(info);
                assertEquals(30, d.getInteger("width"));
                assertEquals(40, d.getInteger("height"));
                assertEquals(1200, d.getLong("pixels"));
                assertEquals(6, d.getInteger("orientation"));
                assertEquals("jpeg", d.getString("format"));
                assertEquals("image/jpeg", d.getString("mimeType"));
                assertEquals("3:4", d.getString("aspectRatio"));
                assertEquals(1, d.getInteger("frames"));
                assertFalse(d.getBoolean("animated"));
                assertEquals("TestCam", d.getJsonObject("exif").getString("cameraMake"));
              });
              return f.call("flip_image", new JsonObject().put("url", f.url("/o.jpg")));
            })
            .map(flipped -> {
              ctx.verify(() -> {
                BufferedImage img = TestImages.decode(f.file(flipped));
                assertEquals(30, img.getWidth());
                assertEquals(40, img.getHeight());
                // Metadata is stripped: no EXIF segment survives in the output.
                assertFalse(f.file(flipped).toString(java.nio.charset.StandardCharsets.ISO_8859_1)
                    .contains("TestCam"));
              });
              return flipped;
            }))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("an animated GIF reports its frame count")
  void animatedGif(Vertx vertx, VertxTestContext ctx) throws Exception {
    ImageFixture.start(vertx, Map.of("/a.gif", AnimatedGif.frames(3, 8, 8)))
        .compose(f -> f.call("get_image_info", new JsonObject().put("url", f.url("/a.gif"))))
        .onComplete(ctx.succeeding(info -> ctx.verify(() -> {
          JsonObject d = ImageFixture.data(info);
          assertEquals(3, d.getInteger("frames"));
          assertEquals("gif", d.getString("format"));
          ctx.completeNow();
        })));
  }
}

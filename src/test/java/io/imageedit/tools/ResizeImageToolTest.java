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
@DisplayName("resize_image produces the asked size and refuses outputs over MAX_IMAGE_PIXELS")
class ResizeImageToolTest {

  @Test
  @DisplayName("width only keeps the aspect ratio; cover fills exactly; JPEG output on request")
  void sizes(Vertx vertx, VertxTestContext ctx) {
    ImageFixture.start(vertx, Map.of("/p.jpg", TestImages.jpeg(400, 300)),
            Map.of("MAX_IMAGE_PIXELS", "1000000"))
        .compose(f -> f.call("resize_image",
                new JsonObject().put("url", f.url("/p.jpg")).put("width", 100))
            .compose(w -> {
              ctx.verify(() -> {
                JsonObject d = ImageFixture.data(w);
                assertEquals(100, d.getInteger("width"));
                assertEquals(75, d.getInteger("height"));
                assertEquals("jpeg", d.getString("format"));
                BufferedImage img = TestImages.decode(f.file(w));
                assertEquals(100, img.getWidth());
                assertEquals(75, img.getHeight());
              });
              return f.call("resize_image", new JsonObject().put("url", f.url("/p.jpg"))
                  .put("width", 50).put("height", 50).put("mode", "cover")
                  .put("format", "png"));
            })
            .compose(cover -> {
              ctx.verify(() -> {
                BufferedImage img = TestImages.decode(f.file(cover));
                assertEquals(50, img.getWidth());
                assertEquals(50, img.getHeight());
                assertEquals("png", ImageFixture.data(cover).getString("format"));
              });
              return ImageFixture.errorOf(f.call("resize_image",
                  new JsonObject().put("url", f.url("/p.jpg")).put("mode", "scale")
                      .put("scale", 10)));
            })
            .map(tooBig -> {
              ctx.verify(() -> assertEquals("the result would be 4000x3000 (12 MP); the limit"
                  + " is 1.0 MP. Ask for a smaller size", tooBig));
              return tooBig;
            }))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("no size at all is refused with what to give")
  void noSize(Vertx vertx, VertxTestContext ctx) {
    ImageFixture.start(vertx, Map.of("/p.jpg", TestImages.jpeg(40, 30)))
        .compose(f -> ImageFixture.errorOf(f.call("resize_image",
            new JsonObject().put("url", f.url("/p.jpg")))))
        .onComplete(ctx.succeeding(m -> ctx.verify(() -> {
          assertTrue(m.startsWith("give width, height or both"), m);
          ctx.completeNow();
        })));
  }
}

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

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

@ExtendWith(VertxExtension.class)
@DisplayName("flip_image mirrors the image along the asked axis")
class FlipImageToolTest {

  @Test
  @DisplayName("horizontal moves x to W-1-x, vertical moves y to H-1-y")
  void flips(Vertx vertx, VertxTestContext ctx) {
    ImageFixture.start(vertx, Map.of("/f.png", TestImages.pngWithMark(10, 6, 1, 2)))
        .compose(f -> f.call("flip_image",
                new JsonObject().put("url", f.url("/f.png")).put("axis", "horizontal"))
            .compose(h -> {
              ctx.verify(() -> assertArrayEquals(new int[] {8, 2},
                  TestImages.findMark(TestImages.decode(f.file(h)))));
              return f.call("flip_image",
                  new JsonObject().put("url", f.url("/f.png")).put("axis", "Vertical"));
            })
            .map(v -> {
              ctx.verify(() -> assertArrayEquals(new int[] {1, 3},
                  TestImages.findMark(TestImages.decode(f.file(v)))));
              return v;
            }))
        .onComplete(ctx.succeedingThenComplete());
  }
}

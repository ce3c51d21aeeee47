package io.imageedit.tools.ai;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("The vision model gets our bytes shrunk to VISION_MAX_SIDE, while the facts describe the original")
class VisionImageSizeTest {

  @Test
  @DisplayName("an 800x600 image is sent as a 200x150 data: URL with VISION_MAX_SIDE=200")
  void downscales(Vertx vertx, VertxTestContext test) {
    AiToolHarness.start(vertx, Map.of("VISION_MAX_SIDE", "200")).compose(h -> {
      String url = h.fake.baseUrl() + "/outputs/large-photo.png";
      return h.call("fetch_image", new JsonObject().put("urls", new JsonArray().add(url)))
          .map(result -> {
            test.verify(() -> {
              JsonObject entry = ((JsonObject) result.structuredContent()).getJsonArray("results")
                  .getJsonObject(0);
              assertEquals(800, entry.getInteger("width"));
              String dataUrl = h.fake.received("/v1/chat/completions").get(0).json()
                  .getJsonArray("messages").getJsonObject(0).getJsonArray("content")
                  .getJsonObject(1).getJsonObject("image_url").getString("url");
              assertTrue(dataUrl.startsWith("data:image/png;base64,"));
              BufferedImage sent = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder()
                  .decode(dataUrl.substring(dataUrl.indexOf(',') + 1))));
              assertEquals(200, sent.getWidth());
              assertEquals(150, sent.getHeight());
            });
            return result;
          });
    }).onComplete(test.succeedingThenComplete());
  }
}

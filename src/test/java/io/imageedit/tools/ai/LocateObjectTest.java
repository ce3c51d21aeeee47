package io.imageedit.tools.ai;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("locate_object returns labelled boxes in 0..999 and in source pixels, ready for crop_image")
class LocateObjectTest {

  @Test
  @DisplayName("a fenced bbox_2d answer with prose becomes boxes with pixels of the 64x48 source")
  void locates(Vertx vertx, VertxTestContext test) {
    AiToolHarness.start(vertx, Map.of()).compose(h -> {
      h.fake.visionAnswer("Sure!\n```json\n[{\"bbox_2d\": [250, 250, 750, 750], \"label\": \"圆\"}]\n```\nDone.");
      String url = h.imageUrl("shapes");
      return h.call("locate_object", new JsonObject().put("image_url", url).put("object_name", "圆"))
          .map(result -> {
            test.verify(() -> {
              JsonObject data = (JsonObject) result.structuredContent();
              assertEquals(1, data.getInteger("count"));
              assertEquals(64, data.getInteger("width"));
              JsonObject box = data.getJsonArray("boxes").getJsonObject(0);
              assertEquals("圆", box.getString("label"));
              assertEquals(250, box.getInteger("x1"));
              assertEquals(750, box.getInteger("y2"));
              assertEquals(new JsonObject().put("x1", 16).put("y1", 12).put("x2", 48).put("y2", 36),
                  box.getJsonObject("pixels"));
              assertEquals(new JsonObject().put("image_url", url).put("x1", 250).put("y1", 250)
                  .put("x2", 750).put("y2", 750), box.getJsonObject("crop_image"));
              String instruction = h.fake.received("/v1/chat/completions").get(0).json()
                  .getJsonArray("messages").getJsonObject(0).getJsonArray("content")
                  .getJsonObject(0).getString("text");
              assertTrue(instruction.contains("圆") && instruction.contains("bbox_2d"));
            });
            return result;
          });
    }).onComplete(test.succeedingThenComplete());
  }
}

package io.imageedit.tools.ai;

import io.imageedit.mcp.Tool;
import io.imageedit.mcp.ToolException;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("Without MODELSCOPE_API_KEY the AI tools are listed, explain how to set the key, and fetch_image still gives facts")
class AiToolsWithoutKeyTest {

  @Test
  @DisplayName("tools are listed; ocr_extract fails naming the setting; fetch_image returns facts and a placeholder")
  void withoutKey(Vertx vertx, VertxTestContext test) {
    AiToolHarness.start(vertx, Map.of("MODELSCOPE_API_KEY", "")).compose(h -> {
      test.verify(() -> {
        var names = h.app.services().registry().tools().stream().map(Tool::name).toList();
        for (String name : new String[] {"fetch_image", "ocr_extract", "locate_object",
            "generate_image", "edit_image", "list_ai_images"}) {
          assertTrue(names.contains(name), name);
        }
      });
      return h.call("ocr_extract", new JsonObject().put("urls", new JsonArray().add(h.imageUrl("a"))))
          .transform(ar -> {
            test.verify(() -> {
              assertInstanceOf(ToolException.class, ar.cause());
              assertTrue(ar.cause().getMessage().contains("MODELSCOPE_API_KEY"));
            });
            return h.call("fetch_image", new JsonObject().put("urls",
                new JsonArray().add(h.imageUrl("a"))));
          })
          .map(result -> {
            test.verify(() -> {
              JsonObject entry = ((JsonObject) result.structuredContent()).getJsonArray("results")
                  .getJsonObject(0);
              assertEquals(64, entry.getInteger("width"));
              assertEquals(FetchImageTool.PLACEHOLDER, entry.getString("description"));
              assertEquals(0, h.fake.received().size(), "nothing reached the provider");
            });
            return result;
          });
    }).onComplete(test.succeedingThenComplete());
  }
}

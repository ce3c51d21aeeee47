package io.imageedit.tools.ai;

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
@DisplayName("edit_image sends the source URL to the edit model, and refuses a cache URL the provider cannot reach")
class EditImageTest {

  @Test
  @DisplayName("the provider receives the edit model, the prompt, the size and image_url as a list")
  void edits(Vertx vertx, VertxTestContext test) {
    AiToolHarness.start(vertx, Map.of()).compose(h -> {
      String source = h.imageUrl("photo");
      JsonObject args = new JsonObject().put("image_url", source).put("prompt", "把背景换成海边")
          .put("size", "1024x768").put("seed", 7);
      return h.call("edit_image", args).map(result -> {
        test.verify(() -> {
          JsonObject body = h.fake.received("/v1/images/generations").get(0).json();
          assertEquals(new JsonObject().put("model", "Qwen/Qwen-Image-Edit-2511")
              .put("prompt", "把背景换成海边").put("size", "1024x768").put("seed", 7)
              .put("image_url", new JsonArray().add(source)), body);
          JsonObject data = (JsonObject) result.structuredContent();
          assertEquals(source, data.getString("sourceUrl"));
          assertEquals("edit", data.getString("type"));
          assertTrue(data.getString("url").contains("/cache/"));
        });
        return result;
      });
    }).onComplete(test.succeedingThenComplete());
  }

  @Test
  @DisplayName("a source in our cache with a loopback CACHE_URL fails clearly, before any provider call")
  void cacheNotPublic(Vertx vertx, VertxTestContext test) {
    AiToolHarness.start(vertx, Map.of("ALLOW_PRIVATE_URLS", "false")).compose(h -> {
      String cached = h.app.config().server().cacheUrl() + "/cache/ai/"
          + "0".repeat(64) + ".png";
      return h.call("edit_image", new JsonObject().put("image_url", cached).put("prompt", "x"))
          .transform(ar -> {
            test.verify(() -> {
              assertInstanceOf(ToolException.class, ar.cause());
              assertTrue(ar.cause().getMessage().contains("CACHE_URL"), ar.cause().getMessage());
              assertTrue(ar.cause().getMessage().contains("not reachable from the internet"));
              assertEquals(0, h.fake.received().size());
            });
            return io.vertx.core.Future.succeededFuture();
          });
    }).onComplete(test.succeedingThenComplete());
  }

  @Test
  @DisplayName("an edit size outside the model's range is refused before any provider call")
  void badSize(Vertx vertx, VertxTestContext test) {
    AiToolHarness.start(vertx, Map.of()).compose(h -> h.call("edit_image", new JsonObject()
            .put("image_url", h.imageUrl("p")).put("prompt", "x").put("size", "4096x4096"))
        .transform(ar -> {
          test.verify(() -> {
            assertTrue(ar.cause().getMessage().contains("64x64 to 1664x1664"), ar.cause().getMessage());
            assertEquals(0, h.fake.received().size());
          });
          return io.vertx.core.Future.succeededFuture();
        })).onComplete(test.succeedingThenComplete());
  }
}

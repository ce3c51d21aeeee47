package io.imageedit.tools.ai;

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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("fetch_image describes a batch in input order and one bad URL does not fail the others")
class FetchImageBatchTest {

  @Test
  @DisplayName("two images are described from data: URLs of our bytes; the bad URL gets an error entry in its place")
  void batchWithOneBadUrl(Vertx vertx, VertxTestContext test) {
    AiToolHarness.start(vertx, Map.of()).compose(h -> {
      h.fake.visionAnswer(body -> "```json\n{\"name\": \"黄色圆点\", \"description\": \"A dark oval on yellow.\"}\n```");
      String bad = h.fake.baseUrl() + "/not-an-image";
      JsonArray urls = new JsonArray().add(h.imageUrl("a")).add(bad).add(h.imageUrl("b"));
      return h.call("fetch_image", new JsonObject().put("urls", urls).put("focus", "the colours"))
          .map(result -> {
            test.verify(() -> {
              assertFalse(result.isError());
              JsonObject data = (JsonObject) result.structuredContent();
              JsonArray results = data.getJsonArray("results");
              assertEquals(3, results.size());
              assertEquals(2, data.getInteger("succeeded"));
              assertEquals(1, data.getInteger("failed"));
              JsonObject first = results.getJsonObject(0);
              assertEquals(h.imageUrl("a"), first.getString("url"));
              assertEquals("黄色圆点", first.getString("name"));
              assertEquals("A dark oval on yellow.", first.getString("description"));
              assertEquals(64, first.getInteger("width"));
              assertEquals(48, first.getInteger("height"));
              assertEquals("image/png", first.getString("mimeType"));
              assertEquals("4:3", first.getString("aspectRatio"));
              assertEquals(bad, results.getJsonObject(1).getString("url"));
              assertTrue(results.getJsonObject(1).getString("error").length() > 10);
              assertEquals(h.imageUrl("b"), results.getJsonObject(2).getString("url"));
              // Same pixels twice: the second is answered from the vision cache.
              var chats = h.fake.received("/v1/chat/completions");
              assertEquals(1, chats.size());
              JsonArray content = chats.get(0).json().getJsonArray("messages").getJsonObject(0)
                  .getJsonArray("content");
              assertTrue(content.getJsonObject(0).getString("text").contains("the colours"));
              assertTrue(content.getJsonObject(1).getJsonObject("image_url").getString("url")
                  .startsWith("data:image/png;base64,"), "the provider gets our bytes, not the URL");
            });
            return result;
          });
    }).onComplete(test.succeedingThenComplete());
  }
}

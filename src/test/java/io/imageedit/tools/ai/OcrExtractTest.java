package io.imageedit.tools.ai;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("ocr_extract returns Markdown text, stores it as a .txt link and caches by image content")
class OcrExtractTest {

  @Test
  @DisplayName("the fence is stripped, the .txt holds the text, and a repeat call does not ask the provider again")
  void extractsAndCaches(Vertx vertx, VertxTestContext test) {
    String markdown = "# 发票\n\n| 项目 | 金额 |\n|---|---|\n| 咖啡 | 12 |";
    AiToolHarness.start(vertx, Map.of()).compose(h -> {
      h.fake.visionAnswer("```markdown\n" + markdown + "\n```");
      JsonObject args = new JsonObject().put("urls", new JsonArray().add(h.imageUrl("scan")));
      return h.call("ocr_extract", args)
          .compose(first -> h.call("ocr_extract", args).map(second -> {
            JsonObject entry = ((JsonObject) first.structuredContent()).getJsonArray("results")
                .getJsonObject(0);
            test.verify(() -> {
              assertEquals(markdown, entry.getString("text"));
              assertTrue(entry.getString("textUrl").contains("/cache/ocr/"), entry.encode());
              assertTrue(entry.getString("textKey").endsWith(".txt"));
              assertEquals(entry, ((JsonObject) second.structuredContent()).getJsonArray("results")
                  .getJsonObject(0));
              assertEquals(1, h.fake.received("/v1/chat/completions").size());
              assertEquals("qwenvl markdown", h.fake.received("/v1/chat/completions").get(0).json()
                  .getJsonArray("messages").getJsonObject(0).getJsonArray("content")
                  .getJsonObject(0).getString("text"));
              assertTrue(first.content().stream().anyMatch(b -> b instanceof JsonObject o
                  && "resource_link".equals(o.getString("type"))
                  && entry.getString("textUrl").equals(o.getString("uri"))));
            });
            return entry.getString("textKey");
          }))
          .compose(key -> h.app.services().contentCache().read(key))
          .map(bytes -> {
            test.verify(() -> assertEquals(markdown, bytes.toString(StandardCharsets.UTF_8)));
            return bytes;
          });
    }).onComplete(test.succeedingThenComplete());
  }
}

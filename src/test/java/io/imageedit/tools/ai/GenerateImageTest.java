package io.imageedit.tools.ai;

import io.imageedit.testing.Conditions;
import io.imageedit.testing.TestCallContext;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("generate_image sends the exact request, reports progress, and returns our cache URL")
class GenerateImageTest {

  @Test
  @DisplayName("a Chinese prompt arrives byte-exact with the mapped size; the image is kept in our cache and in the history")
  void generates(Vertx vertx, VertxTestContext test) {
    String prompt = "一只戴着宇航员头盔的橘猫，赛博朋克风格，霓虹灯";
    TestCallContext context = new TestCallContext();
    AiToolHarness.start(vertx, Map.of()).compose(h -> {
      h.fake.polls(2, 3);
      JsonObject args = new JsonObject().put("prompt", prompt).put("negative_prompt", "模糊")
          .put("aspect_ratio", "16:9").put("resolution", "1k").put("steps", 30).put("seed", 42);
      return h.call("generate_image", args, context).compose(result -> {
        JsonObject data = (JsonObject) result.structuredContent();
        test.verify(() -> {
          assertFalse(result.isError());
          var submit = h.fake.received("/v1/images/generations").get(0);
          assertTrue(Conditions.indexOf(submit.body(), prompt.getBytes(StandardCharsets.UTF_8)) >= 0,
              "prompt bytes on the wire");
          assertEquals(new JsonObject().put("model", "Tongyi-MAI/Z-Image-Turbo").put("prompt", prompt)
              .put("negative_prompt", "模糊").put("size", "1024x576").put("steps", 30).put("seed", 42),
              submit.json());
          assertTrue(data.getString("url").startsWith(h.app.config().server().cacheUrl() + "/cache/"),
              data.getString("url"));
          assertFalse(data.getString("url").contains("/outputs/"), "never the provider URL");
          assertEquals(64, data.getInteger("width"));
          assertEquals("task-1", data.getString("taskId"));
          assertEquals("generate", data.getString("type"));
          assertTrue(result.content().stream().anyMatch(b -> b instanceof JsonObject o
              && "resource_link".equals(o.getString("type"))));
          List<TestCallContext.Progress> progress = context.progress();
          for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i).progress() > progress.get(i - 1).progress(), progress.toString());
          }
          String messages = progress.stream().map(TestCallContext.Progress::message).toList().toString();
          assertTrue(messages.contains("submitted") && messages.contains("queued")
              && messages.contains("running") && messages.contains("Downloading"), messages);
          assertEquals(100.0, progress.get(progress.size() - 1).progress());
        });
        return h.app.services().contentCache().read(data.getString("key"))
            .compose(bytes -> {
              test.verify(() -> assertEquals(Buffer.buffer(h.fake.outputPng()), bytes));
              return h.call("list_ai_images", new JsonObject().put("type", "generate"));
            })
            .compose(list -> {
              test.verify(() -> {
                JsonArray images = ((JsonObject) list.structuredContent()).getJsonArray("images");
                assertEquals(1, images.size());
                assertEquals(prompt, images.getJsonObject(0).getString("prompt"));
                assertEquals(data.getString("url"), images.getJsonObject(0).getString("url"));
                assertEquals("16:9", images.getJsonObject(0).getJsonObject("params").getString("aspect_ratio"));
              });
              return h.app.services().registry().resource("history://ai-images").orElseThrow()
                  .reader().apply(context);
            })
            .map(contents -> {
              test.verify(() -> assertTrue(contents.getJsonObject(0).getString("text").contains(prompt)));
              return contents;
            });
      });
    }).onComplete(test.succeedingThenComplete());
  }
}

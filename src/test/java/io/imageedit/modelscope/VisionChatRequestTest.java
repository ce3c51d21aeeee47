package io.imageedit.modelscope;

import io.imageedit.testing.Conditions;
import io.imageedit.testing.TestCallContext;
import io.vertx.core.Vertx;
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
@DisplayName("A vision chat sends the OpenAI-compatible body with the bearer key and returns the answer text")
class VisionChatRequestTest {

  @Test
  @DisplayName("the provider receives model, a UTF-8 Chinese instruction and the data: URL, and the text comes back")
  void sendsExactRequest(Vertx vertx, VertxTestContext test) {
    String instruction = "请识别图中的文字，并以 Markdown 返回";
    String dataUrl = "data:image/png;base64,iVBORw0KGgo=";
    ProviderHarness.start(vertx, Map.of())
        .compose(h -> h.client.chat(instruction, dataUrl, withAnswer(h))
            .map(text -> {
              test.verify(() -> {
                assertEquals("# 标题\n正文", text);
                FakeModelScope.Received r = h.fake.received("/v1/chat/completions").get(0);
                assertEquals("Bearer " + FakeModelScope.KEY, r.headers().get("Authorization"));
                assertTrue(r.headers().get("Content-Type").startsWith("application/json"));
                JsonObject body = r.json();
                assertEquals(h.config.visionModel(), body.getString("model"));
                assertEquals(false, body.getBoolean("stream"));
                JsonObject message = body.getJsonArray("messages").getJsonObject(0);
                assertEquals("user", message.getString("role"));
                assertEquals(instruction, message.getJsonArray("content").getJsonObject(0)
                    .getString("text"));
                assertEquals(dataUrl, message.getJsonArray("content").getJsonObject(1)
                    .getJsonObject("image_url").getString("url"));
                // Byte-exact UTF-8 on the wire, not \\u escapes.
                String raw = r.body().toString(StandardCharsets.UTF_8);
                assertTrue(raw.contains(instruction), raw);
                byte[] expected = instruction.getBytes(StandardCharsets.UTF_8);
                assertTrue(Conditions.indexOf(r.body(), expected) >= 0);
              });
              return text;
            }))
        .onComplete(test.succeedingThenComplete());
  }

  private static TestCallContext withAnswer(ProviderHarness h) {
    h.fake.visionAnswer("# 标题\n正文");
    return new TestCallContext();
  }
}

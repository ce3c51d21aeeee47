package io.imageedit.modelscope;

import io.imageedit.testing.TestCallContext;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("Transient provider failures are retried and the call then succeeds")
class RetryRecoveryTest {

  @Test
  @DisplayName("two 429s with Retry-After: 1 are waited out (at least a second apart) and the third attempt succeeds")
  void honoursRetryAfter(Vertx vertx, VertxTestContext test) {
    ProviderHarness.start(vertx, Map.of("AI_TIMEOUT_MS", "10000"))
        .compose(h -> {
          h.fake.chatMode(FakeModelScope.Mode.RATE_LIMITED).failTimes(2).retryAfter("1")
              .visionAnswer("fine");
          long started = System.currentTimeMillis();
          return h.client.chat("x", "data:image/png;base64,AAAA", new TestCallContext())
              .map(text -> {
                long took = System.currentTimeMillis() - started;
                test.verify(() -> {
                  assertEquals("fine", text);
                  assertEquals(3, h.fake.received().size());
                  assertTrue(took >= 2000, "Retry-After honoured twice, took " + took);
                });
                return text;
              });
        })
        .onComplete(test.succeedingThenComplete());
  }

  @Test
  @DisplayName("a 500 while polling is retried and the task still completes")
  void retriesPolls(Vertx vertx, VertxTestContext test) {
    ProviderHarness.start(vertx, Map.of())
        .compose(h -> {
          h.fake.pollMode(FakeModelScope.Mode.SERVER_ERROR).failTimes(1);
          return h.client.runImageTask(new io.vertx.core.json.JsonObject().put("model", "m")
                  .put("prompt", "p"), new TestCallContext(), p -> { })
              .map(result -> {
                test.verify(() -> assertEquals(List.of(h.fake.baseUrl() + "/outputs/task-1.png"),
                    result.imageUrls()));
                return result;
              });
        })
        .onComplete(test.succeedingThenComplete());
  }
}

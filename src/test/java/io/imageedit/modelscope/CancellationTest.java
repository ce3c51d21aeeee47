package io.imageedit.modelscope;

import io.imageedit.testing.Conditions;
import io.imageedit.testing.TestCallContext;
import io.vertx.core.Future;
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
@DisplayName("Cancelling a call stops polling at once and frees its concurrency slot")
class CancellationTest {
  private static final JsonObject TASK = new JsonObject().put("model", "m").put("prompt", "p");

  @Test
  @DisplayName("after cancel the fake sees no more polls, and the only slot serves the next call")
  void cancelStopsPolling(Vertx vertx, VertxTestContext test) {
    TestCallContext first = new TestCallContext();
    ProviderHarness.start(vertx, Map.of("AI_MAX_CONCURRENCY", "1", "AI_TIMEOUT_MS", "20000"))
        .compose(h -> {
          h.fake.taskPlan(FakeModelScope.TaskPlan.NEVER_FINISH);
          Future<ImageTaskResult> running = h.client.runImageTask(TASK, first, p -> { });
          return Conditions.until(vertx, () -> h.fake.pollCount() >= 3)
              .compose(v -> {
                first.cancel();
                return running.transform(ar -> {
                  test.verify(() -> assertTrue(ar.failed()
                      && ar.cause().getMessage().contains("cancelled"), String.valueOf(ar.cause())));
                  return Future.succeededFuture();
                });
              })
              .compose(v -> {
                int pollsAtCancel = h.fake.pollCount();
                h.fake.taskPlan(FakeModelScope.TaskPlan.SUCCEED);
                // With AI_MAX_CONCURRENCY=1 this only runs if the cancelled call gave its slot back.
                return h.client.runImageTask(TASK, new TestCallContext(), p -> { })
                    .map(result -> {
                      test.verify(() -> {
                        assertEquals("task-2", result.taskId());
                        long task1Polls = h.fake.received("/v1/tasks/task-1").size();
                        assertTrue(task1Polls <= pollsAtCancel, "no poll of task-1 after cancel");
                      });
                      return result;
                    });
              });
        })
        .onComplete(test.succeedingThenComplete());
  }
}

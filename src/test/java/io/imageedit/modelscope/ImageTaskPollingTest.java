package io.imageedit.modelscope;

import io.imageedit.testing.TestCallContext;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("An image task is submitted asynchronously and polled until it succeeds")
class ImageTaskPollingTest {

  @Test
  @DisplayName("submit carries the async header, polls carry the task-type header, progress goes submitted → queued → running")
  void submitsAndPolls(Vertx vertx, VertxTestContext test) {
    JsonObject body = new JsonObject().put("model", "Tongyi-MAI/Z-Image-Turbo")
        .put("prompt", "一只金色的猫").put("size", "1024x1024");
    List<TaskProgress> steps = new ArrayList<>();
    ProviderHarness.start(vertx, Map.of())
        .compose(h -> h.client.runImageTask(body, new TestCallContext(), steps::add)
            .map(result -> {
              test.verify(() -> {
                assertEquals("task-1", result.taskId());
                assertEquals(List.of(h.fake.baseUrl() + "/outputs/task-1.png"), result.imageUrls());
                FakeModelScope.Received submit = h.fake.received("/v1/images/generations").get(0);
                assertEquals("true", submit.headers().get("X-ModelScope-Async-Mode"));
                assertEquals(body, submit.json());
                List<FakeModelScope.Received> polls = h.fake.received("/v1/tasks/task-1");
                assertEquals(3, polls.size(), "PENDING, RUNNING, SUCCEED");
                polls.forEach(p -> assertEquals("image_generation",
                    p.headers().get("X-ModelScope-Task-Type")));
                assertEquals(List.of("submitted", "queued", "running"),
                    steps.stream().map(TaskProgress::stage).toList());
                for (int i = 1; i < steps.size(); i++) {
                  assertTrue(steps.get(i).fraction() > steps.get(i - 1).fraction());
                }
                assertTrue(steps.get(0).message().contains("task-1"));
              });
              return result;
            }))
        .onComplete(test.succeedingThenComplete());
  }

  @Test
  @DisplayName("a synchronous {\"images\":[{\"url\"}]} answer is accepted without polling")
  void acceptsSyncShape(Vertx vertx, VertxTestContext test) {
    JsonObject body = new JsonObject().put("model", "m").put("prompt", "p");
    ProviderHarness.start(vertx, Map.of())
        .compose(h -> {
          h.fake.submitMode(FakeModelScope.Mode.SYNC_IMAGES);
          return h.client.runImageTask(body, new TestCallContext(), p -> { })
              .map(result -> {
                test.verify(() -> {
                  assertNull(result.taskId());
                  assertEquals(List.of(h.fake.baseUrl() + "/outputs/sync.png"), result.imageUrls());
                  assertEquals(0, h.fake.pollCount());
                });
                return result;
              });
        })
        .onComplete(test.succeedingThenComplete());
  }
}

package io.imageedit.tools.ai;

import io.imageedit.mcp.ToolException;
import io.imageedit.modelscope.FakeModelScope;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("Provider failures reach the model as tool errors it can act on")
class AiToolFailureTest {

  private static Future<Void> expect(VertxTestContext test, Future<?> call, String... fragments) {
    return call.transform(ar -> {
      test.verify(() -> {
        assertTrue(ar.failed(), "expected a tool error");
        assertInstanceOf(ToolException.class, ar.cause());
        for (String f : fragments) {
          assertTrue(ar.cause().getMessage().contains(f), ar.cause().getMessage());
        }
      });
      return Future.succeededFuture();
    });
  }

  @Test
  @DisplayName("a rejected key, a failed task and a task past AI_TIMEOUT_MS each give their own message")
  void failures(Vertx vertx, VertxTestContext test) {
    JsonObject args = new JsonObject().put("prompt", "a cat");
    AiToolHarness.start(vertx, Map.of("AI_TIMEOUT_MS", "700")).compose(h -> {
      h.fake.submitMode(FakeModelScope.Mode.UNAUTHORIZED);
      return expect(test, h.call("generate_image", args), "check MODELSCOPE_API_KEY")
          .compose(v -> {
            h.fake.submitMode(FakeModelScope.Mode.OK).taskPlan(FakeModelScope.TaskPlan.FAIL);
            return expect(test, h.call("generate_image", args), "task-1 failed", "safety filter");
          })
          .compose(v -> {
            h.fake.taskPlan(FakeModelScope.TaskPlan.NEVER_FINISH);
            return expect(test, h.call("generate_image", args), "task-2", "did not finish");
          });
    }).onComplete(test.succeedingThenComplete());
  }
}

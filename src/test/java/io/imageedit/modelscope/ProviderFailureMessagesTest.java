package io.imageedit.modelscope;

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
import java.util.function.Consumer;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("Every provider failure ends, within its deadline, in a message a user can act on")
class ProviderFailureMessagesTest {
  private static final JsonObject TASK = new JsonObject().put("model", "m").put("prompt", "p");
  /** Scheduling slack on a loaded build machine. */
  private static final long SLACK_MS = 1000;
  /** The harness's AI_TIMEOUT_MS (3 s) plus slack: no failure may wait for more. */
  private static final long WITHIN_DEFAULT_DEADLINE = 3000 + SLACK_MS;

  private void expectFailure(Vertx vertx, VertxTestContext test, Map<String, String> settings,
      Consumer<FakeModelScope> arrange, Function<ProviderHarness, Future<?>> act,
      Consumer<String> check, long withinMs) {
    long[] started = new long[1];
    ProviderHarness.start(vertx, settings)
        .compose(h -> {
          arrange.accept(h.fake);
          started[0] = System.currentTimeMillis();
          return act.apply(h).map(r -> (Object) r);
        })
        .onComplete(test.failing(error -> test.verify(() -> {
          assertInstanceOf(ModelScopeException.class, error);
          check.accept(error.getMessage());
          long took = System.currentTimeMillis() - started[0];
          assertTrue(took < withinMs, "took " + took + " ms");
          test.completeNow();
        })));
  }

  private static Future<?> chat(ProviderHarness h) {
    return h.client.chat("describe", "data:image/png;base64,AAAA", new TestCallContext());
  }

  private static Future<?> task(ProviderHarness h) {
    return h.client.runImageTask(TASK, new TestCallContext(), p -> { });
  }

  @Test
  @DisplayName("a rejected key names MODELSCOPE_API_KEY and is not retried")
  void badKey(Vertx vertx, VertxTestContext test) {
    FakeModelScope[] fake = new FakeModelScope[1];
    expectFailure(vertx, test, Map.of(), f -> fake[0] = f.chatMode(FakeModelScope.Mode.UNAUTHORIZED),
        ProviderFailureMessagesTest::chat,
        msg -> {
          assertTrue(msg.contains("ModelScope rejected the API key"), msg);
          assertTrue(msg.contains("check MODELSCOPE_API_KEY"), msg);
          assertEquals(1, fake[0].received().size(), "no retry on 401");
        }, WITHIN_DEFAULT_DEADLINE);
  }

  @Test
  @DisplayName("a 400 is quoted and not retried")
  void badRequest(Vertx vertx, VertxTestContext test) {
    FakeModelScope[] fake = new FakeModelScope[1];
    expectFailure(vertx, test, Map.of(), f -> fake[0] = f.submitMode(FakeModelScope.Mode.BAD_REQUEST),
        ProviderFailureMessagesTest::task,
        msg -> {
          assertTrue(msg.contains("HTTP 400"), msg);
          assertTrue(msg.contains("size must be within"), msg);
          assertEquals(1, fake[0].received().size(), "no retry on 400");
        }, WITHIN_DEFAULT_DEADLINE);
  }

  @Test
  @DisplayName("a persistent 429 gives up after AI_MAX_RETRIES retries and says it was rate limited")
  void rateLimited(Vertx vertx, VertxTestContext test) {
    FakeModelScope[] fake = new FakeModelScope[1];
    expectFailure(vertx, test, Map.of("AI_MAX_RETRIES", "3"),
        f -> fake[0] = f.chatMode(FakeModelScope.Mode.RATE_LIMITED),
        ProviderFailureMessagesTest::chat,
        msg -> {
          assertTrue(msg.startsWith("rate limited by ModelScope after 3 retries"), msg);
          assertEquals(4, fake[0].received().size(), "1 attempt + 3 retries");
        }, WITHIN_DEFAULT_DEADLINE);
  }

  @Test
  @DisplayName("a persistent 500 gives up after the retries with the status in the message")
  void serverError(Vertx vertx, VertxTestContext test) {
    FakeModelScope[] fake = new FakeModelScope[1];
    expectFailure(vertx, test, Map.of("AI_MAX_RETRIES", "2"),
        f -> fake[0] = f.submitMode(FakeModelScope.Mode.SERVER_ERROR),
        ProviderFailureMessagesTest::task,
        msg -> {
          assertTrue(msg.contains("HTTP 500 after 2 retries"), msg);
          assertEquals(3, fake[0].received().size());
        }, WITHIN_DEFAULT_DEADLINE);
  }

  @Test
  @DisplayName("a 200 that is not JSON quotes a short excerpt of the body")
  void garbage(Vertx vertx, VertxTestContext test) {
    expectFailure(vertx, test, Map.of(), f -> f.chatMode(FakeModelScope.Mode.GARBAGE),
        ProviderFailureMessagesTest::chat,
        msg -> {
          assertTrue(msg.contains("not the expected JSON"), msg);
          assertTrue(msg.contains("Gateway maintenance"), msg);
          assertTrue(msg.length() < 400, msg);
        }, WITHIN_DEFAULT_DEADLINE);
  }

  @Test
  @DisplayName("a 200 carrying an error object reports the provider's message")
  void errorIn200(Vertx vertx, VertxTestContext test) {
    expectFailure(vertx, test, Map.of(), f -> f.chatMode(FakeModelScope.Mode.ERROR_IN_200),
        ProviderFailureMessagesTest::chat,
        msg -> assertTrue(msg.contains("model is offline"), msg), WITHIN_DEFAULT_DEADLINE);
  }

  @Test
  @DisplayName("a provider that never answers fails at AI_TIMEOUT_MS")
  void hang(Vertx vertx, VertxTestContext test) {
    expectFailure(vertx, test, Map.of("AI_TIMEOUT_MS", "800"),
        f -> f.chatMode(FakeModelScope.Mode.HANG),
        ProviderFailureMessagesTest::chat,
        msg -> assertTrue(msg.contains("did not answer") && msg.contains("AI_TIMEOUT_MS"), msg),
        800 + SLACK_MS);
  }

  @Test
  @DisplayName("a task that never finishes fails at AI_TIMEOUT_MS naming the task id and its last status")
  void neverFinishes(Vertx vertx, VertxTestContext test) {
    expectFailure(vertx, test, Map.of("AI_TIMEOUT_MS", "2500"),
        f -> f.taskPlan(FakeModelScope.TaskPlan.NEVER_FINISH),
        ProviderFailureMessagesTest::task,
        msg -> {
          assertTrue(msg.contains("task-1"), msg);
          assertTrue(msg.contains("did not finish"), msg);
          assertTrue(msg.contains("RUNNING"), msg);
        }, 2500 + SLACK_MS);
  }

  @Test
  @DisplayName("a failed task reports the provider's reason with the task id")
  void taskFailed(Vertx vertx, VertxTestContext test) {
    expectFailure(vertx, test, Map.of(), f -> f.taskPlan(FakeModelScope.TaskPlan.FAIL),
        ProviderFailureMessagesTest::task,
        msg -> {
          assertTrue(msg.contains("task-1 failed"), msg);
          assertTrue(msg.contains("safety filter"), msg);
        }, WITHIN_DEFAULT_DEADLINE);
  }

  @Test
  @DisplayName("an unreachable provider is retried and then named with MODELSCOPE_BASE_URL")
  void unreachable(Vertx vertx, VertxTestContext test) {
    int closedPort = io.imageedit.testing.TestApp.freePort();
    expectFailure(vertx, test, Map.of("MODELSCOPE_BASE_URL", "http://127.0.0.1:" + closedPort,
            "AI_MAX_RETRIES", "2"),
        f -> { },
        ProviderFailureMessagesTest::chat,
        msg -> {
          assertTrue(msg.contains("could not reach ModelScope"), msg);
          assertTrue(msg.contains("after 2 retries"), msg);
          assertTrue(msg.contains("MODELSCOPE_BASE_URL"), msg);
        }, WITHIN_DEFAULT_DEADLINE);
  }
}

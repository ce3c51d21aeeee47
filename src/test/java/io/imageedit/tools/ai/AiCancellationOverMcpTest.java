package io.imageedit.tools.ai;

import io.imageedit.modelscope.FakeModelScope;
import io.imageedit.testing.Conditions;
import io.imageedit.testing.McpHttp;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
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
@DisplayName("Cancelling a generate_image call over MCP stops the provider polling")
class AiCancellationOverMcpTest {
  private static final int POLL_MS = 30;

  private static JsonObject call(Object id) {
    return McpHttp.request(id, "tools/call", new JsonObject().put("name", "generate_image")
        .put("arguments", new JsonObject().put("prompt", "never ends")));
  }

  @Test
  @DisplayName("legacy notifications/cancelled: polling stops and the only concurrency slot is free again")
  void legacyCancelled(Vertx vertx, VertxTestContext test) {
    AiToolHarness.start(vertx, Map.of("AI_POLL_INTERVAL_MS", String.valueOf(POLL_MS),
        "AI_TIMEOUT_MS", "30000", "AI_MAX_CONCURRENCY", "1")).compose(h -> {
      h.fake.taskPlan(FakeModelScope.TaskPlan.NEVER_FINISH);
      McpHttp mcp = new McpHttp(vertx, h.app);
      return mcp.openSession().compose(session -> {
        mcp.post(call(7), McpHttp.session(session));
        return Conditions.until(vertx, () -> h.fake.pollCount() >= 3)
            .compose(v -> mcp.post(new JsonObject().put("jsonrpc", "2.0")
                .put("method", "notifications/cancelled")
                .put("params", new JsonObject().put("requestId", 7).put("reason", "user")),
                McpHttp.session(session)))
            .compose(v -> pollingStopped(vertx, h.fake))
            .compose(v -> {
              // The slot is free: a second task can be submitted with AI_MAX_CONCURRENCY=1.
              h.fake.taskPlan(FakeModelScope.TaskPlan.SUCCEED);
              return mcp.post(call(8), McpHttp.session(session));
            })
            .map(reply -> {
              test.verify(() -> {
                JsonObject result = reply.response().getJsonObject("result");
                assertTrue(result.getJsonObject("structuredContent").getString("url").contains("/cache/"),
                    reply.body());
                assertEquals(2, h.fake.received("/v1/images/generations").size());
              });
              return reply;
            });
      });
    }).onComplete(test.succeedingThenComplete());
  }

  @Test
  @DisplayName("modern revision: closing the HTTP response stops the polling")
  void modernClose(Vertx vertx, VertxTestContext test) {
    AiToolHarness.start(vertx, Map.of("AI_POLL_INTERVAL_MS", String.valueOf(POLL_MS),
        "AI_TIMEOUT_MS", "30000")).compose(h -> {
      h.fake.taskPlan(FakeModelScope.TaskPlan.NEVER_FINISH);
      McpHttp mcp = new McpHttp(vertx, h.app);
      JsonObject body = McpHttp.modernRequest(9, "tools/call", call(9).getJsonObject("params"));
      return mcp.client().request(new RequestOptions().setMethod(HttpMethod.POST).setURI(mcp.path()))
          .compose(request -> {
            request.putHeader("Content-Type", "application/json")
                .putHeader("Accept", "application/json, text/event-stream");
            McpHttp.modernHeaders(body).forEach(request::putHeader);
            request.send(body.toBuffer());
            return Conditions.until(vertx, () -> h.fake.pollCount() >= 3)
                .compose(v -> request.connection().close());
          })
          .compose(v -> pollingStopped(vertx, h.fake))
          .compose(v -> {
            // While a second task runs through several polls, task-1 is never polled again.
            int task1Polls = h.fake.received("/v1/tasks/task-1").size();
            h.fake.taskPlan(FakeModelScope.TaskPlan.SUCCEED).polls(3, 3);
            return h.call("generate_image", new JsonObject().put("prompt", "second"))
                .map(result -> {
                  test.verify(() -> {
                    assertTrue(h.fake.received("/v1/tasks/task-2").size() >= 6);
                    assertEquals(task1Polls, h.fake.received("/v1/tasks/task-1").size());
                  });
                  return result;
                });
          });
    }).onComplete(test.succeedingThenComplete());
  }

  /** No poll for 10 intervals, observed within 5 s. */
  private static Future<Void> pollingStopped(Vertx vertx, FakeModelScope fake) {
    return Conditions.until(vertx, () -> System.currentTimeMillis() - fake.lastPollMillis() > 10L * POLL_MS);
  }
}

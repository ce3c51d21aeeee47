package io.imageedit.mcp.transport;

import io.imageedit.mcp.CallContext;
import io.imageedit.testing.FixtureTools;
import io.imageedit.testing.McpHttp;
import io.imageedit.testing.SseReader;
import io.imageedit.testing.TestApp;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientResponse;
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
@DisplayName("A cancelled call's handler sees the cancellation and nothing more is sent for it")
class CancellationTest {

  private static Future<CallContext> started(Vertx vertx, FixtureTools tools) {
    return Future.fromCompletionStage(tools.waiting, vertx.getOrCreateContext());
  }

  private static Future<Boolean> cancelled(Vertx vertx, FixtureTools tools) {
    return Future.fromCompletionStage(tools.cancelled, vertx.getOrCreateContext());
  }

  @Test
  @DisplayName("notifications/cancelled (legacy) runs onCancel, flips isCancelled and sends no result")
  void byNotification(Vertx vertx, VertxTestContext test) {
    FixtureTools tools = new FixtureTools();
    TestApp.start(vertx, Map.of(), tools).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      return http.openSession().compose(sid -> http.open(McpHttp.request(7, "tools/call",
              new JsonObject().put("name", "wait_for_cancel")), McpHttp.session(sid))
          .compose(response -> {
            SseReader reader = new SseReader(response);
            return started(vertx, tools)
                .compose(ctx -> http.post(new JsonObject().put("jsonrpc", "2.0")
                    .put("method", "notifications/cancelled")
                    .put("params", new JsonObject().put("requestId", 7).put("reason", "user")),
                    McpHttp.session(sid)))
                .compose(accepted -> {
                  test.verify(() -> assertEquals(202, accepted.status()));
                  return cancelled(vertx, tools);
                })
                .compose(seen -> reader.ended().map(v -> {
                  test.verify(() -> {
                    assertTrue(seen);
                    assertTrue(reader.messages().stream().noneMatch(SseReader.responseTo(7)),
                        "no response may follow a cancellation: " + reader.messages());
                  });
                  return v;
                }));
          }));
    }).onComplete(test.succeedingThenComplete());
  }

  @Test
  @DisplayName("closing the connection (modern) cancels the running handler")
  void byConnectionCloseModern(Vertx vertx, VertxTestContext test) {
    FixtureTools tools = new FixtureTools();
    JsonObject call = McpHttp.modernRequest(8, "tools/call", new JsonObject().put("name", "wait_for_cancel"));
    TestApp.start(vertx, Map.of(), tools).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      return http.open(call, McpHttp.modernHeaders(call))
          .compose(response -> started(vertx, tools).compose(ctx -> close(response))
              .compose(v -> cancelled(vertx, tools)));
    }).onComplete(test.succeeding(seen -> test.verify(() -> {
      assertTrue(seen);
      test.completeNow();
    })));
  }

  @Test
  @DisplayName("closing the connection (legacy) cancels the running handler too")
  void byConnectionCloseLegacy(Vertx vertx, VertxTestContext test) {
    FixtureTools tools = new FixtureTools();
    TestApp.start(vertx, Map.of(), tools).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      return http.openSession().compose(sid -> http.open(McpHttp.request(9, "tools/call",
              new JsonObject().put("name", "wait_for_cancel")), McpHttp.session(sid)))
          .compose(response -> started(vertx, tools).compose(ctx -> close(response))
              .compose(v -> cancelled(vertx, tools)));
    }).onComplete(test.succeeding(seen -> test.verify(() -> {
      assertTrue(seen);
      test.completeNow();
    })));
  }

  private static Future<Void> close(HttpClientResponse response) {
    return response.request().connection().close();
  }
}

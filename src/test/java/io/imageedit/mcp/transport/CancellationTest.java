package io.imageedit.mcp.transport;

import io.imageedit.mcp.CallContext;
import io.imageedit.testing.FixtureTools;
import io.imageedit.testing.McpHttp;
import io.imageedit.testing.SseReader;
import io.imageedit.testing.TestApp;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
      return http.openSession().compose(sid -> http.start(McpHttp.request(7, "tools/call",
              new JsonObject().put("name", "wait_for_cancel")), McpHttp.session(sid))
          .compose(pending -> {
            Future<SseReader> reader = pending.response().map(SseReader::new);
            return started(vertx, tools)
                .compose(ctx -> http.post(new JsonObject().put("jsonrpc", "2.0")
                    .put("method", "notifications/cancelled")
                    .put("params", new JsonObject().put("requestId", 7).put("reason", "user")),
                    McpHttp.session(sid)))
                .compose(accepted -> {
                  test.verify(() -> assertEquals(202, accepted.status()));
                  return cancelled(vertx, tools);
                })
                .compose(seen -> reader.compose(r -> r.ended().map(v -> {
                  test.verify(() -> {
                    assertTrue(seen);
                    assertTrue(r.messages().stream().noneMatch(SseReader.responseTo(7)),
                        "no response may follow a cancellation: " + r.messages());
                  });
                  return v;
                })));
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
      return http.start(call, McpHttp.modernHeaders(call))
          .compose(pending -> started(vertx, tools).compose(ctx -> close(pending))
              .compose(v -> cancelled(vertx, tools)));
    }).onComplete(test.succeeding(seen -> test.verify(() -> {
      assertTrue(seen);
      test.completeNow();
    })));
  }

  @Test
  @DisplayName("closing the connection (legacy) does not cancel, as 2025-11-25 says; notifications/cancelled still does")
  void connectionCloseLegacyRunsOn(Vertx vertx, VertxTestContext test) {
    FixtureTools tools = new FixtureTools();
    TestApp.start(vertx, Map.of(), tools).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      return http.openSession().compose(sid -> http.start(McpHttp.request(9, "tools/call",
              new JsonObject().put("name", "wait_for_cancel")), McpHttp.session(sid))
          .compose(pending -> started(vertx, tools).compose(ctx -> close(pending).map(ctx)))
          // A round trip on the same session after the close: the server has seen it by now.
          .compose(ctx -> http.post(McpHttp.request(10, "ping", new JsonObject()), McpHttp.session(sid))
              .map(pong -> {
                test.verify(() -> assertFalse(ctx.isCancelled(), "a legacy disconnect is not a cancel"));
                return ctx;
              }))
          .compose(ctx -> http.post(new JsonObject().put("jsonrpc", "2.0")
              .put("method", "notifications/cancelled")
              .put("params", new JsonObject().put("requestId", 9)), McpHttp.session(sid)))
          .compose(accepted -> cancelled(vertx, tools)));
    }).onComplete(test.succeeding(seen -> test.verify(() -> {
      assertTrue(seen);
      test.completeNow();
    })));
  }

  private static Future<Void> close(McpHttp.Pending pending) {
    // close() would wait for the running exchange to finish; a zero-grace shutdown drops it now.
    return pending.request().connection().shutdown(0, TimeUnit.SECONDS);
  }
}

package io.imageedit.mcp.transport;

import io.imageedit.testing.FixtureTools;
import io.imageedit.testing.McpHttp;
import io.imageedit.testing.TestApp;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(VertxExtension.class)
@DisplayName("An idle session expires through the periodic sweep")
class SessionIdleExpiryTest {

  /** Completes once {@code condition} holds, polling every 20 ms; fails after {@code limit}. */
  static Future<Void> eventually(Vertx vertx, Duration limit, BooleanSupplier condition) {
    Promise<Void> promise = Promise.promise();
    long deadline = System.nanoTime() + limit.toNanos();
    vertx.setPeriodic(20, id -> {
      if (condition.getAsBoolean()) {
        vertx.cancelTimer(id);
        promise.tryComplete();
      } else if (System.nanoTime() > deadline) {
        vertx.cancelTimer(id);
        promise.tryFail("condition not met within " + limit);
      }
    });
    return promise.future();
  }

  @Test
  @DisplayName("with a 200 ms idle limit the session is swept and its id answers 404")
  void idleSessionExpires(Vertx vertx, VertxTestContext test) {
    TestApp.start(vertx, Map.of(), new FixtureTools()).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      SessionRegistry sessions = app.services().sessions();
      sessions.setTimings(Duration.ofMillis(200), Duration.ofMillis(50));
      return http.openSession().compose(sid -> {
        test.verify(() -> assertEquals(1, sessions.size()));
        return eventually(vertx, Duration.ofSeconds(10), () -> sessions.size() == 0)
            .compose(v -> http.post(McpHttp.request(2, "ping", new JsonObject()), McpHttp.session(sid)));
      });
    }).onComplete(test.succeeding(reply -> test.verify(() -> {
      assertEquals(404, reply.status());
      test.completeNow();
    })));
  }
}

package io.imageedit.mcp.transport;

import io.imageedit.testing.FixtureTools;
import io.imageedit.testing.McpHttp;
import io.imageedit.testing.TestApp;
import io.vertx.core.CompositeFuture;
import io.vertx.core.Future;
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

@ExtendWith(VertxExtension.class)
@DisplayName("A session opened on one HTTP verticle instance is known to all of them")
class SharedSessionsTest {

  @Test
  @DisplayName("with 4 instances, requests on fresh connections (spread over the instances) all find the session")
  void sharedAcrossInstances(Vertx vertx, VertxTestContext test) {
    TestApp.start(vertx, Map.of("HTTP_INSTANCES", "4"), new FixtureTools()).compose(app ->
        new McpHttp(vertx, app).openSession().compose(sid -> {
          // Each McpHttp has its own connection; Vert.x hands new connections to the
          // instances in turn, so these land on every instance.
          List<Future<McpHttp.Reply>> replies = new ArrayList<>();
          for (int i = 0; i < 8; i++) {
            replies.add(new McpHttp(vertx, app).post(McpHttp.request(i, "tools/list", new JsonObject()),
                McpHttp.session(sid)));
          }
          return Future.all(replies).map(CompositeFuture::<McpHttp.Reply>list);
        })).onComplete(test.succeeding(r -> test.verify(() -> {
          for (McpHttp.Reply reply : r) {
            assertEquals(200, reply.status(), reply.body());
          }
          test.completeNow();
        })));
  }
}

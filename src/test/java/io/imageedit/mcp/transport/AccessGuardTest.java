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

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(VertxExtension.class)
@DisplayName("Foreign Origins and, on a loopback bind, foreign Hosts are refused with 403")
class AccessGuardTest {

  @Test
  @DisplayName("Origin: evil is 403, localhost and ALLOWED_ORIGINS pass; Host: evil is 403, ALLOWED_HOSTS pass")
  void originAndHost(Vertx vertx, VertxTestContext test) {
    JsonObject init = McpHttp.initializeRequest("2025-11-25");
    TestApp.start(vertx, Map.of("ALLOWED_ORIGINS", "https://app.example.com",
        "ALLOWED_HOSTS", "mcp.example.com"), new FixtureTools()).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      String local = "127.0.0.1:" + app.port();
      return Future.all(List.of(
          http.post(init, Map.of("Origin", "http://evil.example.com")),
          http.post(init, Map.of("Origin", "http://evil.example.com", "Host", "evil.example.com")),
          http.post(init, Map.of("Origin", "http://localhost:5173")),
          http.post(init, Map.of("Origin", "https://app.example.com")),
          http.post(init, Map.of("Host", "evil.example.com")),
          http.post(init, Map.of("Host", "mcp.example.com")),
          http.post(init, Map.of("Host", local, "Origin", "http://" + local)),
          http.post(init, Map.of("Origin", "null"))))
          .map(CompositeFuture::<McpHttp.Reply>list);
    }).onComplete(test.succeeding(r -> test.verify(() -> {
      int[] expected = {403, 403, 200, 200, 403, 200, 200, 403};
      for (int i = 0; i < expected.length; i++) {
        assertEquals(expected[i], r.get(i).status(), "case " + i + ": " + r.get(i).body());
      }
      test.completeNow();
    })));
  }

  @Test
  @DisplayName("bound to all interfaces without ALLOWED_HOSTS, any Host is accepted (proxies, compose)")
  void anyHostWhenBoundToAll(Vertx vertx, VertxTestContext test) {
    TestApp.start(vertx, Map.of("MCP_HOST", "0.0.0.0"), new FixtureTools())
        .compose(app -> new McpHttp(vertx, app).post(McpHttp.initializeRequest("2025-11-25"),
            Map.of("Host", "image-edit-mcp:3000")))
        .onComplete(test.succeeding(reply -> test.verify(() -> {
          assertEquals(200, reply.status());
          test.completeNow();
        })));
  }
}

package io.imageedit.mcp.transport;

import io.imageedit.testing.FixtureTools;
import io.imageedit.testing.McpHttp;
import io.imageedit.testing.TestApp;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("Over MCP_MAX_SESSIONS a new session is refused with a clear 503 JSON-RPC error")
class SessionCapTest {

  @Test
  @DisplayName("the second initialize with a cap of 1 is 503; after DELETE a new one succeeds")
  void cap(Vertx vertx, VertxTestContext test) {
    TestApp.start(vertx, Map.of("MCP_MAX_SESSIONS", "1"), new FixtureTools()).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      return http.openSession().compose(first ->
          http.post(McpHttp.initializeRequest("2025-11-25"), Map.of()).compose(refused -> {
            test.verify(() -> {
              assertEquals(503, refused.status());
              assertEquals(1, refused.json().getInteger("id"));
              assertTrue(refused.json().getJsonObject("error").getString("message")
                  .contains("MCP_MAX_SESSIONS"));
            });
            return http.send(HttpMethod.DELETE, http.path(), McpHttp.session(first), null);
          }).compose(deleted -> http.post(McpHttp.initializeRequest("2025-11-25"), Map.of())));
    }).onComplete(test.succeeding(again -> test.verify(() -> {
      assertEquals(200, again.status());
      assertNotNull(again.headers().get("Mcp-Session-Id"));
      test.completeNow();
    })));
  }
}

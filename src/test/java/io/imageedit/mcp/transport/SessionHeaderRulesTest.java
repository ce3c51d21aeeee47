package io.imageedit.mcp.transport;

import io.imageedit.testing.FixtureTools;
import io.imageedit.testing.McpHttp;
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

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(VertxExtension.class)
@DisplayName("Legacy requests must name a live session and a supported protocol version")
class SessionHeaderRulesTest {

  @Test
  @DisplayName("no session id is 400, an unknown one 404, a bad version 400, a missing version is fine")
  void headerRules(Vertx vertx, VertxTestContext test) {
    JsonObject ping = McpHttp.request(5, "ping", new JsonObject());
    TestApp.start(vertx, Map.of(), new FixtureTools()).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      return http.openSession().compose(sid -> Future.all(
          http.post(ping, Map.of()),
          http.post(ping, Map.of("Mcp-Session-Id", "no-such-session")),
          http.post(ping, Map.of("Mcp-Session-Id", sid, "MCP-Protocol-Version", "2024-01-01")),
          http.post(ping, Map.of("Mcp-Session-Id", sid)),
          http.post(ping, Map.of("Mcp-Session-Id", sid, "MCP-Protocol-Version", "2025-03-26"))));
    }).onComplete(test.succeeding(all -> test.verify(() -> {
      McpHttp.Reply missing = all.resultAt(0);
      assertEquals(400, missing.status());
      assertEquals(5, missing.json().getInteger("id"));
      McpHttp.Reply unknown = all.resultAt(1);
      assertEquals(404, unknown.status());
      assertEquals(-32001, unknown.json().getJsonObject("error").getInteger("code"));
      assertEquals(400, ((McpHttp.Reply) all.resultAt(2)).status());
      McpHttp.Reply noVersion = all.resultAt(3);
      assertEquals(200, noVersion.status());
      assertEquals(new JsonObject(), noVersion.json().getJsonObject("result"));
      assertEquals(200, ((McpHttp.Reply) all.resultAt(4)).status());
      test.completeNow();
    })));
  }
}

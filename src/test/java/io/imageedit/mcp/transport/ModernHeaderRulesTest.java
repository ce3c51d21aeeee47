package io.imageedit.mcp.transport;

import io.imageedit.testing.FixtureTools;
import io.imageedit.testing.McpHttp;
import io.imageedit.testing.TestApp;
import io.vertx.core.CompositeFuture;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("Stateless 2026-07-28 requests follow the _meta envelope and header rules")
class ModernHeaderRulesTest {
  private static final String PV = "io.modelcontextprotocol/protocolVersion";

  private static JsonObject callEcho(int id) {
    return McpHttp.modernRequest(id, "tools/call", new JsonObject().put("name", "echo")
        .put("arguments", new JsonObject().put("text", "hi")));
  }

  private static Map<String, String> with(Map<String, String> base, String key, String value) {
    Map<String, String> copy = new HashMap<>(base);
    if (value == null) {
      copy.remove(key);
    } else {
      copy.put(key, value);
    }
    return copy;
  }

  private static void assertError(McpHttp.Reply reply, int status, int code, Object id) {
    assertEquals(status, reply.status(), reply.body());
    JsonObject json = reply.json();
    assertEquals(code, json.getJsonObject("error").getInteger("code"), reply.body());
    assertEquals(id, json.getValue("id"));
  }

  @Test
  @DisplayName("each envelope or header fault gets its status and code; a good call succeeds without a session")
  void rules(Vertx vertx, VertxTestContext test) {
    TestApp.start(vertx, Map.of(), new FixtureTools()).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      JsonObject ok = callEcho(1);
      Map<String, String> okHeaders = McpHttp.modernHeaders(ok);
      JsonObject noCaps = callEcho(2);
      noCaps.getJsonObject("params").getJsonObject("_meta").remove("io.modelcontextprotocol/clientCapabilities");
      JsonObject badVersion = callEcho(3);
      badVersion.getJsonObject("params").getJsonObject("_meta").put(PV, "v999.0.0");
      JsonObject ping = McpHttp.modernRequest(8, "ping", new JsonObject());
      JsonObject unicode = McpHttp.modernRequest(9, "resources/read", new JsonObject()
          .put("uri", "test://items/\u00e9t\u00e9"));
      String encoded = "=?base64?" + Base64.getEncoder().encodeToString(
          "test://items/\u00e9t\u00e9".getBytes(StandardCharsets.UTF_8)) + "?=";
      List<Future<McpHttp.Reply>> replies = List.of(
          http.post(ok, okHeaders),
          http.post(noCaps, McpHttp.modernHeaders(noCaps)),
          http.post(badVersion, with(McpHttp.modernHeaders(badVersion), "MCP-Protocol-Version", "v999.0.0")),
          http.post(badVersion, McpHttp.modernHeaders(badVersion)),
          http.post(callEcho(4), with(okHeaders, "Mcp-Method", "tools/list")),
          http.post(callEcho(5), with(okHeaders, "Mcp-Name", null)),
          http.post(callEcho(6), with(okHeaders, "MCP-Protocol-Version", null)),
          http.post(McpHttp.request(7, "tools/list", new JsonObject()),
              Map.of("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/list")),
          http.post(ping, McpHttp.modernHeaders(ping)),
          http.post(unicode, with(McpHttp.modernHeaders(unicode), "Mcp-Name", encoded)),
          http.send(HttpMethod.GET, http.path(), Map.of("MCP-Protocol-Version", "2026-07-28"), null),
          http.send(HttpMethod.DELETE, http.path(), Map.of("MCP-Protocol-Version", "2026-07-28"), null));
      return Future.all(replies).map(CompositeFuture::<McpHttp.Reply>list);
    }).onComplete(test.succeeding(r -> test.verify(() -> {
      McpHttp.Reply good = r.get(0);
      assertEquals(200, good.status());
      assertNull(good.headers().get("Mcp-Session-Id"));
      JsonObject result = good.json().getJsonObject("result");
      assertEquals("hi", result.getJsonArray("content").getJsonObject(0).getString("text"));
      assertEquals("complete", result.getString("resultType"));
      assertError(r.get(1), 400, -32602, 2);
      McpHttp.Reply unsupported = r.get(2);
      assertError(unsupported, 400, -32022, 3);
      JsonObject data = unsupported.json().getJsonObject("error").getJsonObject("data");
      assertEquals("v999.0.0", data.getString("requested"));
      assertTrue(data.getJsonArray("supported").contains("2026-07-28"));
      assertError(r.get(3), 400, -32020, 3); // header 2026-07-28 vs body v999.0.0
      assertError(r.get(4), 400, -32020, 4);
      assertError(r.get(5), 400, -32020, 5);
      assertError(r.get(6), 400, -32020, 6);
      assertError(r.get(7), 400, -32602, 7); // modern header without the _meta envelope
      assertError(r.get(8), 404, -32601, 8); // ping was removed
      McpHttp.Reply read = r.get(9);
      assertEquals(200, read.status(), read.body());
      assertEquals(0L, read.json().getJsonObject("result").getLong("ttlMs"));
      for (int i = 10; i < 12; i++) {
        assertEquals(405, r.get(i).status());
        assertEquals("POST", r.get(i).headers().get("Allow"));
      }
      test.completeNow();
    })));
  }
}

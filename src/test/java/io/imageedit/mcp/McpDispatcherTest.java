package io.imageedit.mcp;

import io.imageedit.mcp.jsonrpc.JsonRpc;
import io.imageedit.mcp.jsonrpc.JsonRpcCodec;
import io.imageedit.testing.FixtureTools;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The dispatcher answers every method and maps every failure in one place")
class McpDispatcherTest {
  private final McpRegistry registry = new McpRegistry();
  private final McpDispatcher dispatcher;

  McpDispatcherTest() {
    new FixtureTools().register(registry, null);
    dispatcher = new McpDispatcher(registry);
  }

  private JsonObject call(ClientState client, String method, JsonObject params) {
    JsonObject request = new JsonObject().put("jsonrpc", "2.0").put("id", 9).put("method", method)
        .put("params", params);
    // Every fixture handler completes synchronously, so the future is already complete.
    return dispatcher.handle(JsonRpcCodec.classify(request), client, CallContext.detached())
        .result();
  }

  private JsonObject legacy(String method, JsonObject params) {
    return call(new ClientState(false, "2025-11-25"), method, params);
  }

  private static int code(JsonObject response) {
    return response.getJsonObject("error").getInteger("code");
  }

  @Test
  @DisplayName("ping answers an empty object, an unknown method -32601")
  void pingAndUnknown() {
    assertEquals(new JsonObject(), legacy("ping", new JsonObject()).getJsonObject("result"));
    JsonObject unknown = legacy("tools/frobnicate", new JsonObject());
    assertEquals(JsonRpc.METHOD_NOT_FOUND, code(unknown));
    assertEquals(9, unknown.getInteger("id"));
  }

  @Test
  @DisplayName("initialize keeps a supported version and answers 2025-11-25 for 2026-07-28 or unknown ones")
  void versionNegotiation() {
    ClientState client = new ClientState(false, null);
    JsonObject result = call(client, "initialize", new JsonObject().put("protocolVersion", "2025-03-26")
        .put("capabilities", new JsonObject().put("sampling", new JsonObject()))).getJsonObject("result");
    assertEquals("2025-03-26", result.getString("protocolVersion"));
    assertTrue(client.capabilities().containsKey("sampling"));
    assertTrue(result.getString("instructions").contains("![")); // tells the model to show images
    for (String asked : new String[] {"2026-07-28", "1999-01-01"}) {
      assertEquals("2025-11-25", legacy("initialize", new JsonObject().put("protocolVersion", asked))
          .getJsonObject("result").getString("protocolVersion"));
    }
  }

  @Test
  @DisplayName("tool failures: ToolException is isError content, unknown tool -32602, a crash -32603 without details")
  void toolFailures() {
    JsonObject failed = legacy("tools/call", new JsonObject().put("name", "fail")).getJsonObject("result");
    assertTrue(failed.getBoolean("isError"));
    assertEquals("the image is too large", failed.getJsonArray("content").getJsonObject(0).getString("text"));
    assertEquals(JsonRpc.INVALID_PARAMS, code(legacy("tools/call", new JsonObject().put("name", "nope"))));
    JsonObject crash = legacy("tools/call", new JsonObject().put("name", "crash"));
    assertEquals(JsonRpc.INTERNAL_ERROR, code(crash));
    assertFalse(crash.encode().contains("secret internal detail"));
    assertFalse(crash.encode().contains("IllegalStateException"));
  }

  @Test
  @DisplayName("arguments that break the input schema are an isError result naming the argument")
  void invalidArguments() {
    JsonObject result = legacy("tools/call", new JsonObject().put("name", "add")
        .put("arguments", new JsonObject().put("a", "abc").put("b", 1))).getJsonObject("result");
    assertTrue(result.getBoolean("isError"));
    assertEquals("Invalid arguments for add: argument 'a' must be an integer from 0 to 999, got \"abc\"",
        result.getJsonArray("content").getJsonObject(0).getString("text"));
    JsonObject ok = legacy("tools/call", new JsonObject().put("name", "add")
        .put("arguments", new JsonObject().put("a", 2).put("b", 3))).getJsonObject("result");
    assertEquals(5, ok.getJsonObject("structuredContent").getInteger("sum"));
  }

  @Test
  @DisplayName("resources, templates and prompts are listed, read and rendered; unknown URIs are -32602 with the uri")
  void resourcesAndPrompts() {
    assertEquals("test://static", legacy("resources/list", new JsonObject()).getJsonObject("result")
        .getJsonArray("resources").getJsonObject(0).getString("uri"));
    assertEquals("item 42", legacy("resources/read", new JsonObject().put("uri", "test://items/42"))
        .getJsonObject("result").getJsonArray("contents").getJsonObject(0).getString("text"));
    JsonObject missing = legacy("resources/read", new JsonObject().put("uri", "test://missing"));
    assertEquals(JsonRpc.INVALID_PARAMS, code(missing));
    assertEquals("test://missing", missing.getJsonObject("error").getJsonObject("data").getString("uri"));
    JsonArray messages = legacy("prompts/get", new JsonObject().put("name", "greet")
        .put("arguments", new JsonObject().put("who", "Ada"))).getJsonObject("result").getJsonArray("messages");
    assertEquals("Hello Ada", messages.getJsonObject(0).getJsonObject("content").getString("text"));
    assertEquals(JsonRpc.INVALID_PARAMS, code(legacy("prompts/get", new JsonObject().put("name", "greet"))));
  }

  @Test
  @DisplayName("a cursor this server did not issue is -32602")
  void badCursor() {
    assertEquals(JsonRpc.INVALID_PARAMS, code(legacy("tools/list", new JsonObject().put("cursor", "bogus"))));
    assertNull(legacy("tools/list", new JsonObject()).getJsonObject("result").getString("nextCursor"));
  }

  @Test
  @DisplayName("logging/setLevel narrows what a session's client receives; a bad level is -32602")
  void setLevel() {
    ClientState client = new ClientState(false, "2025-11-25");
    assertTrue(client.admits(LogLevel.DEBUG));
    assertEquals(new JsonObject(), call(client, "logging/setLevel", new JsonObject().put("level", "error"))
        .getJsonObject("result"));
    assertFalse(client.admits(LogLevel.WARNING));
    assertTrue(client.admits(LogLevel.CRITICAL));
    assertEquals(JsonRpc.INVALID_PARAMS, code(call(client, "logging/setLevel",
        new JsonObject().put("level", "loud"))));
  }

  @Test
  @DisplayName("modern results carry resultType, cache hints on lists and serverInfo in _meta")
  void modernDecorations() {
    ClientState modern = ClientState.modern("2026-07-28", new JsonObject(), null, null);
    JsonObject list = call(modern, "tools/list", new JsonObject()).getJsonObject("result");
    assertEquals("complete", list.getString("resultType"));
    assertTrue(list.getLong("ttlMs") >= 0);
    assertTrue(list.getString("cacheScope").matches("public|private"));
    assertEquals("image-edit-mcp", list.getJsonObject("_meta")
        .getJsonObject("io.modelcontextprotocol/serverInfo").getString("name"));
    JsonObject discover = call(modern, "server/discover", new JsonObject()).getJsonObject("result");
    assertEquals(new JsonArray(ProtocolVersions.ALL), discover.getJsonArray("supportedVersions"));
    assertFalse(discover.getJsonObject("capabilities").getJsonObject("resources").containsKey("subscribe"));
    assertFalse(modern.admits(LogLevel.EMERGENCY)); // no logLevel in _meta: no log messages
  }
}

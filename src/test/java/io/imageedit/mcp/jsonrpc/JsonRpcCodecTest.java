package io.imageedit.mcp.jsonrpc;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The JSON-RPC codec classifies messages and rejects malformed ones with exact codes")
class JsonRpcCodecTest {

  private static JsonRpcException failure(String body) {
    return assertThrows(JsonRpcException.class, () -> JsonRpcCodec.decode(Buffer.buffer(body)));
  }

  @Test
  @DisplayName("invalid JSON is a parse error (-32700) with no id")
  void parseError() {
    JsonRpcException e = failure("{\"jsonrpc\": \"2.0\", \"id\": 1,");
    assertEquals(JsonRpc.PARSE_ERROR, e.code());
    assertNull(e.id());
    JsonObject wire = JsonRpc.error(e.id(), e.code(), e.getMessage(), null);
    assertTrue(wire.containsKey("id") && wire.getValue("id") == null, "id must be present and null");
  }

  @Test
  @DisplayName("a batch, a missing jsonrpc version or a bad id is an invalid request (-32600)")
  void invalidRequests() {
    assertEquals(JsonRpc.INVALID_REQUEST, failure("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]").code());
    JsonRpcException noVersion = failure("{\"id\":7,\"method\":\"ping\"}");
    assertEquals(JsonRpc.INVALID_REQUEST, noVersion.code());
    assertEquals(7, noVersion.id());
    assertEquals(JsonRpc.INVALID_REQUEST, failure("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}").code());
    assertEquals(JsonRpc.INVALID_REQUEST, failure("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\",\"params\":[1]}").code());
    assertEquals(JsonRpc.INVALID_REQUEST, failure("{\"jsonrpc\":\"2.0\",\"id\":1}").code());
  }

  @Test
  @DisplayName("requests, notifications and responses are told apart")
  void classification() {
    assertEquals(JsonRpcMessage.Kind.REQUEST, JsonRpcCodec.decode(Buffer.buffer(
        "{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"ping\"}")).kind());
    JsonRpcMessage note = JsonRpcCodec.decode(Buffer.buffer(
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"));
    assertEquals(JsonRpcMessage.Kind.NOTIFICATION, note.kind());
    assertTrue(note.params().isEmpty());
    JsonRpcMessage response = JsonRpcCodec.decode(Buffer.buffer(
        "{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{\"ok\":true}}"));
    assertEquals(JsonRpcMessage.Kind.RESPONSE, response.kind());
    assertEquals(true, response.result().getBoolean("ok"));
  }

  @Test
  @DisplayName("a base64 argument longer than Jackson's default 20 M characters parses")
  void largeStrings() {
    String big = "A".repeat(30_000_000);
    JsonRpcMessage message = JsonRpcCodec.decode(Buffer.buffer(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"x\","
            + "\"arguments\":{\"data\":\"" + big + "\"}}}"));
    assertEquals(big.length(), message.params().getJsonObject("arguments").getString("data").length());
    // Vert.x's own codec (used by tools) was lifted too.
    assertEquals(big.length(), new JsonObject("{\"d\":\"" + big + "\"}").getString("d").length());
  }
}

package io.imageedit.mcp.jsonrpc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.core.json.jackson.DatabindCodec;

import java.io.IOException;
import java.util.Map;

/**
 * Decodes JSON-RPC 2.0 messages. Uses its own mapper whose string-length limit is lifted:
 * base64 image arguments of tens of MB exceed Jackson's default 20 M characters. The body
 * size limit of the transport bounds what can arrive here.
 */
public final class JsonRpcCodec {
  private static final StreamReadConstraints LARGE = StreamReadConstraints.builder()
      .maxStringLength(Integer.MAX_VALUE)
      .maxNestingDepth(200)
      .build();
  private static final ObjectMapper MAPPER = new ObjectMapper(
      JsonFactory.builder().streamReadConstraints(LARGE).build());

  static {
    raiseGlobalLimits();
  }

  private JsonRpcCodec() {
  }

  /**
   * Lifts the string-length limit for Vert.x's own mapper and for factories created later,
   * so that tools and clients decoding large base64 payloads with {@code new JsonObject(..)}
   * or {@code Json.decodeValue} do not fail either.
   */
  public static void raiseGlobalLimits() {
    StreamReadConstraints.overrideDefaultStreamReadConstraints(LARGE);
    DatabindCodec.mapper().getFactory().setStreamReadConstraints(LARGE);
  }

  /** Parses a body into one message, or throws {@link JsonRpcException} (-32700 / -32600). */
  public static JsonRpcMessage decode(Buffer body) {
    Object tree;
    try {
      tree = MAPPER.readValue(body.getBytes(), Object.class);
    } catch (IOException e) {
      throw new JsonRpcException(JsonRpc.PARSE_ERROR, null, "Parse error: the body is not valid JSON");
    }
    if (!(tree instanceof Map<?, ?> map)) {
      String what = tree instanceof java.util.List ? "a batch (JSON array); batches are not supported,"
          + " send one message per POST" : "not a JSON object";
      throw new JsonRpcException(JsonRpc.INVALID_REQUEST, null, "Invalid Request: the body is " + what);
    }
    @SuppressWarnings("unchecked")
    JsonObject json = new JsonObject((Map<String, Object>) map);
    return classify(json);
  }

  /** Checks the envelope of an already-parsed message. */
  public static JsonRpcMessage classify(JsonObject json) {
    Object rawId = json.getValue("id");
    Object id = rawId instanceof String || rawId instanceof Number ? rawId : null;
    if (!"2.0".equals(json.getValue("jsonrpc"))) {
      throw new JsonRpcException(JsonRpc.INVALID_REQUEST, id,
          "Invalid Request: \"jsonrpc\" must be \"2.0\"");
    }
    if (json.containsKey("id") && id == null) {
      throw new JsonRpcException(JsonRpc.INVALID_REQUEST, null,
          "Invalid Request: \"id\" must be a string or a number (omit it for a notification)");
    }
    Object method = json.getValue("method");
    if (method == null) {
      if (id != null && (json.containsKey("result") || json.containsKey("error"))) {
        return new JsonRpcMessage(JsonRpcMessage.Kind.RESPONSE, id, null, null, json);
      }
      throw new JsonRpcException(JsonRpc.INVALID_REQUEST, id,
          "Invalid Request: a message needs \"method\" (request or notification)"
              + " or \"id\" with \"result\"/\"error\" (response)");
    }
    if (!(method instanceof String name) || name.isEmpty()) {
      throw new JsonRpcException(JsonRpc.INVALID_REQUEST, id,
          "Invalid Request: \"method\" must be a non-empty string");
    }
    Object params = json.getValue("params");
    if (params != null && !(params instanceof JsonObject)) {
      throw new JsonRpcException(JsonRpc.INVALID_REQUEST, id,
          "Invalid Request: \"params\" must be an object");
    }
    JsonObject p = params == null ? new JsonObject() : (JsonObject) params;
    return new JsonRpcMessage(json.containsKey("id") ? JsonRpcMessage.Kind.REQUEST
        : JsonRpcMessage.Kind.NOTIFICATION, id, name, p, json);
  }
}

package io.imageedit.mcp.jsonrpc;

import io.vertx.core.json.JsonObject;

/** JSON-RPC 2.0 error codes and message builders. */
public final class JsonRpc {
  public static final int PARSE_ERROR = -32700;
  public static final int INVALID_REQUEST = -32600;
  public static final int METHOD_NOT_FOUND = -32601;
  public static final int INVALID_PARAMS = -32602;
  public static final int INTERNAL_ERROR = -32603;
  /** Implementation-defined: the server cannot take more sessions right now. */
  public static final int SERVER_BUSY = -32000;
  /** Implementation-defined (as in the TypeScript SDK): the session is unknown or ended. */
  public static final int SESSION_NOT_FOUND = -32001;
  /** MCP 2025-11-25: resources/read of an unknown URI. */
  public static final int RESOURCE_NOT_FOUND = -32002;
  /** MCP 2026-07-28: HTTP headers disagree with the body, or are missing/malformed. */
  public static final int HEADER_MISMATCH = -32020;
  /** MCP 2026-07-28: the call needs a client capability the request did not declare. */
  public static final int MISSING_CLIENT_CAPABILITY = -32021;
  /** MCP 2026-07-28: the requested protocol version is not supported. */
  public static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;

  private JsonRpc() {
  }

  public static JsonObject result(Object id, JsonObject result) {
    return new JsonObject().put("jsonrpc", "2.0").put("id", id).put("result", result);
  }

  /** An error response; {@code id} may be null (parse errors, unreadable requests). */
  public static JsonObject error(Object id, int code, String message, JsonObject data) {
    JsonObject error = new JsonObject().put("code", code).put("message", message);
    if (data != null) {
      error.put("data", data);
    }
    return new JsonObject().put("jsonrpc", "2.0").put("id", id).put("error", error);
  }

  public static JsonObject notification(String method, JsonObject params) {
    JsonObject json = new JsonObject().put("jsonrpc", "2.0").put("method", method);
    if (params != null) {
      json.put("params", params);
    }
    return json;
  }

  public static JsonObject request(Object id, String method, JsonObject params) {
    return notification(method, params).put("id", id);
  }
}

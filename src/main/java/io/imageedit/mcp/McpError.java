package io.imageedit.mcp;

import io.vertx.core.json.JsonObject;

/** A protocol fault with its JSON-RPC error code, raised anywhere below the transport. */
public class McpError extends RuntimeException {
  private final int code;
  private final JsonObject data;

  public McpError(int code, String message) {
    this(code, message, null);
  }

  public McpError(int code, String message, JsonObject data) {
    super(message, null, false, false);
    this.code = code;
    this.data = data;
  }

  public int code() {
    return code;
  }

  public JsonObject data() {
    return data;
  }
}

package io.imageedit.mcp.jsonrpc;

/** A message that cannot be decoded: carries the JSON-RPC code and the id when it was readable. */
public final class JsonRpcException extends RuntimeException {
  private final int code;
  private final Object id;

  public JsonRpcException(int code, Object id, String message) {
    super(message, null, false, false);
    this.code = code;
    this.id = id;
  }

  public int code() {
    return code;
  }

  public Object id() {
    return id;
  }
}

package io.imageedit.mcp.jsonrpc;

import io.vertx.core.json.JsonObject;

/**
 * One decoded JSON-RPC message.
 *
 * @param kind   request, notification or response
 * @param id     request/response id (String or Number), null for notifications
 * @param method method name, null for responses
 * @param params params object (never null for requests and notifications; may be empty)
 * @param raw    the whole message as received
 */
public record JsonRpcMessage(Kind kind, Object id, String method, JsonObject params, JsonObject raw) {

  public enum Kind { REQUEST, NOTIFICATION, RESPONSE }

  public boolean isRequest() {
    return kind == Kind.REQUEST;
  }

  /** For responses: the result, or null when the client answered with an error. */
  public JsonObject result() {
    return raw.getJsonObject("result");
  }

  /** For responses: the error object, or null. */
  public JsonObject error() {
    return raw.getJsonObject("error");
  }

  /** params._meta, or null. */
  public JsonObject meta() {
    Object meta = params == null ? null : params.getValue("_meta");
    return meta instanceof JsonObject m ? m : null;
  }
}

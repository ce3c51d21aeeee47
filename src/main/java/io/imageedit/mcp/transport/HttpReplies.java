package io.imageedit.mcp.transport;

import io.imageedit.mcp.jsonrpc.JsonRpc;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/** Transport-level answers: an HTTP status with a JSON-RPC error body, or an empty status. */
final class HttpReplies {
  private HttpReplies() {
  }

  static void error(HttpServerResponse response, int status, Object id, int code, String message) {
    error(response, status, id, code, message, null);
  }

  static void error(HttpServerResponse response, int status, Object id, int code, String message,
      JsonObject data) {
    if (response.ended() || response.closed()) {
      return;
    }
    response.setStatusCode(status).putHeader("Content-Type", "application/json")
        .end(JsonRpc.error(id, code, message, data).toBuffer());
  }

  static void empty(HttpServerResponse response, int status) {
    if (!response.ended() && !response.closed()) {
      response.setStatusCode(status).end();
    }
  }

  static void methodNotAllowed(HttpServerResponse response, String allow) {
    if (!response.ended() && !response.closed()) {
      response.setStatusCode(405).putHeader("Allow", allow).putHeader("Content-Type", "application/json")
          .end(JsonRpc.error(null, JsonRpc.INVALID_REQUEST, "Method Not Allowed: use " + allow, null)
              .toBuffer());
    }
  }
}

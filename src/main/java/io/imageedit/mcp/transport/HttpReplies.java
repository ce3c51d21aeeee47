package io.imageedit.mcp.transport;

import io.imageedit.mcp.jsonrpc.JsonRpc;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/** Transport-level answers: an HTTP status with a JSON-RPC error body, or an empty status. */
final class HttpReplies {
  private static final long SMALL_BODY = 1 << 20;
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

  /**
   * Runs {@code reply} once a small request body has been read and dropped. Answering while
   * the client is still sending makes the connection close under it, and the client sees a
   * reset instead of the status; a large or unsized body is not worth reading, so the reply
   * goes out at once.
   */
  static void afterSmallBody(HttpServerRequest request, Runnable reply) {
    String length = request.getHeader("Content-Length");
    long size;
    try {
      size = length == null ? -1 : Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      size = -1;
    }
    if (size <= 0 || size > SMALL_BODY || request.isEnded()) {
      reply.run();
      return;
    }
    request.end().onComplete(done -> reply.run());
    request.resume();
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

package io.imageedit.mcp.transport;

import io.imageedit.mcp.ClientState;
import io.imageedit.mcp.McpDispatcher;
import io.imageedit.mcp.jsonrpc.JsonRpc;
import io.imageedit.mcp.jsonrpc.JsonRpcMessage;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/**
 * Runs one request through the dispatcher on a {@link ResponseChannel}: keep-alives while it
 * runs, cancellation when the client goes away, the result (or nothing, if cancelled) at the end.
 */
final class RequestRunner {
  private final Vertx vertx;
  private final McpDispatcher dispatcher;
  private final long keepAliveMillis;

  RequestRunner(Vertx vertx, McpDispatcher dispatcher, long keepAliveMillis) {
    this.vertx = vertx;
    this.dispatcher = dispatcher;
    this.keepAliveMillis = keepAliveMillis;
  }

  /** Dispatches {@code request}; {@code session} is null for stateless requests. */
  Future<JsonObject> run(HttpServerResponse response, String accept, JsonRpcMessage request,
      ClientState client, Session session) {
    ResponseChannel channel = new ResponseChannel(vertx, response, keepAliveMillis,
        acceptsEventStream(accept));
    JsonObject meta = request.meta();
    Object token = meta == null ? null : meta.getValue("progressToken");
    if (!(token instanceof String) && !(token instanceof Number)) {
      token = null;
    }
    RequestCall call = new RequestCall(channel, client, token, session,
        session == null && request.params().getValue("inputResponses") instanceof JsonObject answers
            ? answers : null,
        session == null && request.params().getValue("requestState") instanceof String state
            ? state : null);
    if (session != null) {
      session.started(request.id(), call);
    }
    // 2026-07-28: closing the response is the cancellation. 2025-11-25 says the opposite
    // ("disconnection SHOULD NOT be interpreted as the client cancelling its request"): a
    // legacy call runs on (its result has nowhere to go) until it ends or the client sends
    // notifications/cancelled or the session ends.
    if (session == null) {
      response.closeHandler(v -> call.cancel());
    }
    channel.startKeepAlive();
    return dispatcher.handle(request, client, call)
        .andThen(done -> {
          call.finished();
          if (session != null) {
            session.finished(request.id(), call);
          }
          if (done.succeeded() && !call.isCancelled()) {
            channel.finish(done.result(), httpStatus(client, done.result()));
          } else {
            channel.abandon();
          }
        });
  }

  /** No Accept header, or one that admits text/event-stream. */
  private static boolean acceptsEventStream(String accept) {
    return accept == null || accept.contains("text/event-stream") || accept.contains("*/*")
        || accept.contains("text/*");
  }

  /**
   * Modern: an unknown method is a 404 and a missing client capability a 400, so that gateways
   * see them; everything else (tool failures included) is 200.
   */
  private static int httpStatus(ClientState client, JsonObject response) {
    JsonObject error = response.getJsonObject("error");
    if (!client.isModern() || error == null) {
      return 200;
    }
    return switch (error.getInteger("code", 0)) {
      case JsonRpc.METHOD_NOT_FOUND -> 404;
      case JsonRpc.MISSING_CLIENT_CAPABILITY -> 400;
      default -> 200;
    };
  }
}

package io.imageedit.mcp.transport;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/**
 * The answer to one POSTed request. Starts as a plain JSON response and switches to an SSE
 * stream the first time something must go out before the result (a notification, a
 * server-to-client request, or a keep-alive while a long call runs). Handlers may report
 * from any thread, so state changes are synchronized.
 */
final class ResponseChannel {
  private final Vertx vertx;
  private final HttpServerResponse response;
  private final long keepAliveMillis;
  private final boolean sseAccepted;
  private boolean sse;
  private boolean done;
  private long timer = -1;

  /**
   * @param sseAccepted false when the client's Accept header rules out text/event-stream: then
   *                    notifications are dropped and the answer is always plain JSON
   */
  ResponseChannel(Vertx vertx, HttpServerResponse response, long keepAliveMillis,
      boolean sseAccepted) {
    this.vertx = vertx;
    this.response = response;
    this.keepAliveMillis = keepAliveMillis;
    this.sseAccepted = sseAccepted;
  }

  /** Starts the keep-alive ticks for a request that may run long. */
  synchronized void startKeepAlive() {
    if (sseAccepted && !done && timer < 0) {
      timer = vertx.setPeriodic(keepAliveMillis, id -> keepAlive());
    }
  }

  /** Sends a message before the result; false when the channel is already finished. */
  synchronized boolean send(JsonObject message) {
    if (!sseAccepted || done || response.closed()) {
      return false;
    }
    switchToSse();
    response.write(SseFrames.message(message));
    return true;
  }

  /** Sends the final response and ends the exchange. */
  synchronized void finish(JsonObject message, int status) {
    if (done) {
      return;
    }
    done = true;
    cancelTimer();
    if (response.closed()) {
      return;
    }
    if (sse) {
      response.end(SseFrames.message(message));
    } else {
      response.setStatusCode(status).putHeader("Content-Type", "application/json")
          .end(message.toBuffer());
    }
  }

  /** Ends the exchange without a result (the request was cancelled): nothing more is sent. */
  synchronized void abandon() {
    if (done) {
      return;
    }
    done = true;
    cancelTimer();
    if (!response.closed() && !response.ended()) {
      if (sseAccepted) {
        switchToSse();
        response.end();
      } else {
        response.setStatusCode(204).end();
      }
    }
  }

  synchronized boolean isSse() {
    return sse;
  }

  private synchronized void keepAlive() {
    if (done || response.closed()) {
      cancelTimer();
      return;
    }
    switchToSse();
    response.write(SseFrames.KEEP_ALIVE);
  }

  private void switchToSse() {
    if (!sse) {
      sse = true;
      SseFrames.begin(response, 200);
    }
  }

  private void cancelTimer() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
      timer = -1;
    }
  }
}

package io.imageedit.mcp.transport;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/** The standalone server-to-client SSE stream a legacy client opens with GET. */
final class SessionStream {
  private final Vertx vertx;
  private final HttpServerResponse response;
  private final long keepAliveMillis;
  private long timer = -1;
  private boolean closed;

  SessionStream(Vertx vertx, HttpServerResponse response, long keepAliveMillis) {
    this.vertx = vertx;
    this.response = response;
    this.keepAliveMillis = keepAliveMillis;
  }

  /** Sends the headers at once, so that the client knows the stream is open. */
  synchronized void start() {
    SseFrames.begin(response, 200);
    response.write(SseFrames.KEEP_ALIVE);
    timer = vertx.setPeriodic(keepAliveMillis, id -> keepAlive());
  }

  synchronized boolean send(JsonObject message) {
    if (closed || response.closed()) {
      return false;
    }
    response.write(SseFrames.message(message));
    return true;
  }

  synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
    if (!response.closed() && !response.ended()) {
      response.end();
    }
  }

  private synchronized void keepAlive() {
    if (closed || response.closed()) {
      vertx.cancelTimer(timer);
      return;
    }
    response.write(SseFrames.KEEP_ALIVE);
  }
}

package io.imageedit.mcp.transport;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/** Server-Sent Events framing; vertx-web 5 has no public helper for it. */
final class SseFrames {
  static final Buffer KEEP_ALIVE = Buffer.buffer(": keep-alive\n\n");

  private SseFrames() {
  }

  /** Sets the SSE headers; compression is turned off so that frames are not held back. */
  static void begin(HttpServerResponse response, int status) {
    response.setStatusCode(status)
        .setChunked(true)
        .putHeader("Content-Type", "text/event-stream")
        .putHeader("Cache-Control", "no-cache")
        .putHeader("X-Accel-Buffering", "no")
        .putHeader("Content-Encoding", "identity");
  }

  static Buffer message(JsonObject json) {
    // JSON encoding escapes newlines, so one data line always suffices.
    return Buffer.buffer("event: message\ndata: ").appendString(json.encode()).appendString("\n\n");
  }
}

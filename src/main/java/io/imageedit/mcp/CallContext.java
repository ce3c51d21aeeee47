package io.imageedit.mcp;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/**
 * What a running request may do besides returning its result. Implemented by the
 * transport; handlers stay free of HTTP, sessions and protocol revisions.
 */
public interface CallContext {

  /**
   * Reports progress when the caller asked for it (a progressToken); otherwise a no-op.
   * Progress values must increase; the transport drops a value that does not.
   */
  void progress(double progress, Double total, String message);

  /** Sends notifications/message when the client's log level admits {@code level}. */
  void log(LogLevel level, String logger, Object data);

  /** True once the client cancelled the request or went away. */
  boolean isCancelled();

  /** Runs {@code action} once when the request is cancelled (at once if it already is). */
  void onCancel(Runnable action);

  /** Capabilities the client declared (initialize, or the modern _meta envelope). */
  JsonObject clientCapabilities();

  /**
   * Sends a server-to-client request (sampling/createMessage, elicitation/create, roots/list)
   * on this request's stream and completes with the client's result.
   */
  Future<JsonObject> requestClient(String method, JsonObject params);

  /**
   * 2026-07-28 (MRTR): the client's answers to an earlier input_required result, keyed as the
   * inputRequests were ({@code params.inputResponses}); empty on the first round and on the
   * legacy revision.
   */
  default JsonObject inputResponses() {
    return new JsonObject();
  }

  /** 2026-07-28 (MRTR): the requestState the client echoed on this retry, or null. */
  default String requestState() {
    return null;
  }

  /** A context for code that runs outside a request (tests, warm-up): nothing is sent. */
  static CallContext detached() {
    return DetachedCallContext.INSTANCE;
  }
}

package io.imageedit.mcp;

import io.vertx.core.json.JsonObject;

/**
 * Raised by {@link CallContext#requestClient} on the stateless revision (2026-07-28), where the
 * server cannot ask the client mid-request: the dispatcher turns it into an
 * {@code input_required} result (MRTR) and the client retries with {@code inputResponses}.
 * Handlers need not catch it; letting the future fail with it is the intended use.
 * A handler that manages its own rounds may also raise it directly, with several requests
 * and a {@code requestState} the client echoes on its retry (see
 * {@link CallContext#inputResponses()} and {@link CallContext#requestState()}).
 */
public final class InputRequiredException extends RuntimeException {
  private final JsonObject inputRequests;
  private final String requestState;

  public InputRequiredException(String key, String method, JsonObject params) {
    this(new JsonObject().put(key, new JsonObject().put("method", method).put("params", params)),
        null);
  }

  /**
   * @param inputRequests {key: {method, params}} — every question of this round
   * @param requestState  opaque state for the client to echo on its retry, or null
   */
  public InputRequiredException(JsonObject inputRequests, String requestState) {
    super("input required: " + inputRequests.fieldNames(), null, false, false);
    this.inputRequests = inputRequests;
    this.requestState = requestState;
  }

  /** The inputRequests entry: {key: {method, params}, ...}. */
  public JsonObject inputRequests() {
    return inputRequests;
  }

  /** The result's requestState, or null when the round carries none. */
  public String requestState() {
    return requestState;
  }
}

package io.imageedit.mcp;

import io.vertx.core.json.JsonObject;

/**
 * Raised by {@link CallContext#requestClient} on the stateless revision (2026-07-28), where the
 * server cannot ask the client mid-request: the dispatcher turns it into an
 * {@code input_required} result (MRTR) and the client retries with {@code inputResponses}.
 * Handlers need not catch it; letting the future fail with it is the intended use.
 */
public final class InputRequiredException extends RuntimeException {
  private final String key;
  private final String method;
  private final JsonObject params;

  public InputRequiredException(String key, String method, JsonObject params) {
    super("input required: " + method, null, false, false);
    this.key = key;
    this.method = method;
    this.params = params;
  }

  /** The inputRequests entry: {key: {method, params}}. */
  public JsonObject inputRequests() {
    return new JsonObject().put(key, new JsonObject().put("method", method).put("params", params));
  }
}

package io.imageedit.mcp;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

final class DetachedCallContext implements CallContext {
  static final DetachedCallContext INSTANCE = new DetachedCallContext();

  @Override
  public void progress(double progress, Double total, String message) {
  }

  @Override
  public void log(LogLevel level, String logger, Object data) {
  }

  @Override
  public boolean isCancelled() {
    return false;
  }

  @Override
  public void onCancel(Runnable action) {
  }

  @Override
  public JsonObject clientCapabilities() {
    return new JsonObject();
  }

  @Override
  public Future<JsonObject> requestClient(String method, JsonObject params) {
    return Future.failedFuture(new McpError(-32601, "no client attached"));
  }
}

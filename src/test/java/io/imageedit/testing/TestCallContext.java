package io.imageedit.testing;

import io.imageedit.mcp.CallContext;
import io.imageedit.mcp.LogLevel;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A call context for calling tool handlers directly: records progress, can be cancelled. */
public final class TestCallContext implements CallContext {
  /** One notifications/progress as the handler reported it. */
  public record Progress(double progress, Double total, String message) {
  }

  private final List<Progress> progress = new CopyOnWriteArrayList<>();
  private final List<Runnable> cancelActions = new CopyOnWriteArrayList<>();
  private volatile boolean cancelled;

  @Override
  public void progress(double value, Double total, String message) {
    progress.add(new Progress(value, total, message));
  }

  @Override
  public void log(LogLevel level, String logger, Object data) {
  }

  @Override
  public boolean isCancelled() {
    return cancelled;
  }

  @Override
  public void onCancel(Runnable action) {
    if (cancelled) {
      action.run();
    } else {
      cancelActions.add(action);
    }
  }

  public void cancel() {
    cancelled = true;
    cancelActions.forEach(Runnable::run);
  }

  public List<Progress> progress() {
    return List.copyOf(progress);
  }

  @Override
  public JsonObject clientCapabilities() {
    return new JsonObject();
  }

  @Override
  public Future<JsonObject> requestClient(String method, JsonObject params) {
    return Future.failedFuture("no client");
  }
}

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
  private final List<String> infoLogs = new CopyOnWriteArrayList<>();
  private final List<Runnable> cancelActions = new CopyOnWriteArrayList<>();
  private final JsonObject inputResponses;
  private final String requestState;
  private volatile boolean cancelled;

  public TestCallContext() {
    this(new JsonObject(), null);
  }

  /** As on a stateless retry that carries the client's answers and the signed state. */
  public TestCallContext(JsonObject inputResponses, String requestState) {
    this.inputResponses = inputResponses;
    this.requestState = requestState;
  }

  @Override
  public JsonObject inputResponses() {
    return inputResponses;
  }

  @Override
  public String requestState() {
    return requestState;
  }

  @Override
  public void progress(double value, Double total, String message) {
    progress.add(new Progress(value, total, message));
  }

  @Override
  public void log(LogLevel level, String logger, Object data) {
    if (level == LogLevel.INFO) {
      infoLogs.add(String.valueOf(data));
    }
  }

  /** The data of every INFO log the handler sent, in order. */
  public List<String> infoLogs() {
    return List.copyOf(infoLogs);
  }

  /** Just the progress values, in order. */
  public List<Double> progressValues() {
    return progress.stream().map(Progress::progress).toList();
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

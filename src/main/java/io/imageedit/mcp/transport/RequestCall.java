package io.imageedit.mcp.transport;

import io.imageedit.mcp.CallContext;
import io.imageedit.mcp.ClientState;
import io.imageedit.mcp.LogLevel;
import io.imageedit.mcp.McpError;
import io.imageedit.mcp.jsonrpc.JsonRpc;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@link CallContext} of one request: progress and log notifications and server-to-client
 * requests go out on the request's own response channel; cancellation (notifications/cancelled,
 * a closed connection, the end of the session) runs the handler's onCancel actions once.
 */
final class RequestCall implements CallContext {
  private static final System.Logger LOG = System.getLogger(RequestCall.class.getName());

  private final ResponseChannel channel;
  private final ClientState client;
  private final Object progressToken;
  private final Session session;
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();
  private double lastProgress = Double.NEGATIVE_INFINITY;

  /** {@code session} is null for modern (stateless) requests. */
  RequestCall(ResponseChannel channel, ClientState client, Object progressToken, Session session) {
    this.channel = channel;
    this.client = client;
    this.progressToken = progressToken;
    this.session = session;
  }

  @Override
  public void progress(double progress, Double total, String message) {
    if (progressToken == null || cancelled.get()) {
      return;
    }
    synchronized (this) {
      // Progress must strictly increase; a value that does not is dropped, not sent.
      if (!(progress > lastProgress)) {
        return;
      }
      lastProgress = progress;
    }
    JsonObject params = new JsonObject().put("progressToken", progressToken).put("progress", progress);
    if (total != null) {
      params.put("total", total);
    }
    if (message != null) {
      params.put("message", message);
    }
    channel.send(JsonRpc.notification("notifications/progress", params));
  }

  @Override
  public void log(LogLevel level, String logger, Object data) {
    if (cancelled.get() || !client.admits(level)) {
      return;
    }
    JsonObject params = new JsonObject().put("level", level.wireName());
    if (logger != null) {
      params.put("logger", logger);
    }
    params.put("data", data);
    channel.send(JsonRpc.notification("notifications/message", params));
  }

  @Override
  public boolean isCancelled() {
    return cancelled.get();
  }

  @Override
  public void onCancel(Runnable action) {
    onCancel.add(action);
    // Cancelled meanwhile: cancel() may have run before the add, so run it here (once).
    if (cancelled.get() && onCancel.remove(action)) {
      runSafely(action);
    }
  }

  @Override
  public JsonObject clientCapabilities() {
    return client.capabilities();
  }

  @Override
  public Future<JsonObject> requestClient(String method, JsonObject params) {
    if (session == null) {
      // 2026-07-28 replaced server-to-client requests with input_required results (MRTR).
      return Future.failedFuture(new McpError(JsonRpc.MISSING_CLIENT_CAPABILITY,
          method + " needs a 2025-11-25 session; this stateless request cannot ask the client"));
    }
    if (cancelled.get()) {
      return Future.failedFuture(new McpError(JsonRpc.INTERNAL_ERROR, "request cancelled"));
    }
    Promise<JsonObject> promise = Promise.promise();
    String id = session.expectClientAnswer(promise);
    if (!channel.send(JsonRpc.request(id, method, params))) {
      session.forgetClientAnswer(id);
      promise.tryFail(new McpError(JsonRpc.INTERNAL_ERROR, "the response stream is closed"));
    }
    onCancel(() -> {
      session.forgetClientAnswer(id);
      promise.tryFail(new McpError(JsonRpc.INTERNAL_ERROR, "request cancelled"));
    });
    return promise.future();
  }

  /** Marks the request cancelled, runs the handler's actions, sends nothing more. */
  void cancel() {
    if (!cancelled.compareAndSet(false, true)) {
      return;
    }
    for (Runnable action : onCancel) {
      if (onCancel.remove(action)) {
        runSafely(action);
      }
    }
    channel.abandon();
  }

  private static void runSafely(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "onCancel action failed", e);
    }
  }
}

package io.imageedit.mcp.transport;

import io.imageedit.mcp.CallContext;
import io.imageedit.mcp.ClientState;
import io.imageedit.mcp.InputRequiredException;
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
  private final JsonObject inputResponses;
  private final String requestState;
  private int inputRequestCount;
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final AtomicBoolean done = new AtomicBoolean();
  private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();
  private double lastProgress = Double.NEGATIVE_INFINITY;

  /**
   * {@code session} is null for modern (stateless) requests, whose {@code inputResponses}
   * (MRTR retries) answer requestClient.
   */
  RequestCall(ResponseChannel channel, ClientState client, Object progressToken, Session session,
      JsonObject inputResponses, String requestState) {
    this.channel = channel;
    this.client = client;
    this.progressToken = progressToken;
    this.session = session;
    this.inputResponses = inputResponses == null ? new JsonObject() : inputResponses;
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
      return inputRequired(method, params);
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

  /**
   * 2026-07-28 replaced server-to-client requests with input_required results (MRTR): the
   * handler's n-th question has the key "input-n"; on the client's retry the answer is in
   * inputResponses under that key, so a handler that asks the same questions in the same
   * order gets its answers without the server keeping any state.
   */
  private Future<JsonObject> inputRequired(String method, JsonObject params) {
    String key;
    synchronized (this) {
      key = "input-" + (++inputRequestCount);
    }
    Object answer = inputResponses.getValue(key);
    if (answer instanceof JsonObject result) {
      return Future.succeededFuture(result);
    }
    String capability = switch (method) {
      case "sampling/createMessage" -> "sampling";
      case "elicitation/create" -> "elicitation";
      case "roots/list" -> "roots";
      default -> null;
    };
    if (capability != null && !client.capabilities().containsKey(capability)) {
      return Future.failedFuture(new McpError(JsonRpc.MISSING_CLIENT_CAPABILITY,
          "Missing required client capability: " + capability, new JsonObject()
              .put("requiredCapabilities", new JsonObject().put(capability, new JsonObject()))));
    }
    return Future.failedFuture(new InputRequiredException(key, method, params));
  }

  /** The handler has answered: a connection closing from now on cancels nothing. */
  void finished() {
    done.set(true);
  }

  /** Marks the request cancelled, runs the handler's actions, sends nothing more. */
  void cancel() {
    if (done.get() || !cancelled.compareAndSet(false, true)) {
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

package io.imageedit.mcp.transport;

import io.imageedit.mcp.ClientState;
import io.imageedit.mcp.McpError;
import io.imageedit.mcp.jsonrpc.JsonRpc;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A legacy (2025-11-25) session: the client's state, its running requests (for
 * notifications/cancelled), the server-to-client requests awaiting an answer, and the
 * standalone GET stream. Used from several event loops: every field is concurrent.
 */
public final class Session {
  private final String id;
  private final ClientState client = new ClientState(false, null);
  private final AtomicLong lastSeen;
  private final AtomicBoolean ended = new AtomicBoolean();
  private final Map<String, RequestCall> running = new ConcurrentHashMap<>();
  private final Map<String, Promise<JsonObject>> awaitingClient = new ConcurrentHashMap<>();
  private final AtomicLong serverRequestIds = new AtomicLong();
  private final AtomicReference<SessionStream> stream = new AtomicReference<>();

  Session(String id, long now) {
    this.id = id;
    this.lastSeen = new AtomicLong(now);
  }

  public String id() {
    return id;
  }

  public ClientState client() {
    return client;
  }

  public boolean isEnded() {
    return ended.get();
  }

  void touch(long now) {
    lastSeen.set(now);
  }

  long lastSeen() {
    return lastSeen.get();
  }

  /** Whether anything is still running: busy sessions are not idle whatever their last request. */
  boolean isBusy() {
    return !running.isEmpty() || stream.get() != null;
  }

  void started(Object requestId, RequestCall call) {
    running.put(key(requestId), call);
  }

  void finished(Object requestId, RequestCall call) {
    running.remove(key(requestId), call);
  }

  /** notifications/cancelled: the handler sees isCancelled() and nothing more is sent. */
  void cancel(Object requestId) {
    RequestCall call = running.remove(key(requestId));
    if (call != null) {
      call.cancel();
    }
  }

  /** Registers a server-to-client request and returns its id. */
  String expectClientAnswer(Promise<JsonObject> promise) {
    String requestId = "s-" + serverRequestIds.incrementAndGet();
    awaitingClient.put(key(requestId), promise);
    return requestId;
  }

  void forgetClientAnswer(String requestId) {
    awaitingClient.remove(key(requestId));
  }

  /** Routes a POSTed response back to whoever asked; false when nobody is waiting for it. */
  boolean answer(Object responseId, JsonObject result, JsonObject error) {
    Promise<JsonObject> promise = awaitingClient.remove(key(responseId));
    if (promise == null) {
      return false;
    }
    if (error != null) {
      promise.tryFail(new McpError(error.getInteger("code", JsonRpc.INTERNAL_ERROR),
          error.getString("message", "client error"), error.getJsonObject("data")));
    } else {
      promise.tryComplete(result == null ? new JsonObject() : result);
    }
    return true;
  }

  /** Claims the single standalone GET stream; false when one is already open. */
  boolean openStream(SessionStream s) {
    return stream.compareAndSet(null, s);
  }

  void streamClosed(SessionStream s) {
    stream.compareAndSet(s, null);
  }

  /** Sends a server-initiated notification on the GET stream, if the client opened one. */
  boolean notifyClient(JsonObject message) {
    SessionStream s = stream.get();
    return s != null && s.send(message);
  }

  /** Ends the session: running calls are cancelled, the GET stream closes. */
  boolean end() {
    if (!ended.compareAndSet(false, true)) {
      return false;
    }
    running.values().forEach(RequestCall::cancel);
    running.clear();
    awaitingClient.values().forEach(p -> p.tryFail(new McpError(JsonRpc.SESSION_NOT_FOUND,
        "session ended before the client answered")));
    awaitingClient.clear();
    SessionStream s = stream.getAndSet(null);
    if (s != null) {
      s.close();
    }
    return true;
  }

  /** JSON ids 7 and 7.0 are the same request; "7" is a different one. */
  private static String key(Object id) {
    if (id instanceof Number n) {
      return "n:" + new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    return "s:" + id;
  }
}

package io.imageedit.mcp;

import io.vertx.core.json.JsonObject;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the server knows about a client: from initialize (legacy, kept in the session) or from
 * one request's _meta envelope (modern). Fields are volatile: a session is used from several
 * event loops.
 */
public final class ClientState {
  private final boolean modern;
  private volatile String protocolVersion;
  private volatile JsonObject capabilities = new JsonObject();
  private volatile JsonObject clientInfo;
  private volatile LogLevel logLevel;
  private final Set<String> subscriptions = ConcurrentHashMap.newKeySet();

  public ClientState(boolean modern, String protocolVersion) {
    this.modern = modern;
    this.protocolVersion = protocolVersion;
  }

  /** A stateless client described by a request's _meta envelope. */
  public static ClientState modern(String version, JsonObject capabilities, JsonObject clientInfo,
      LogLevel logLevel) {
    ClientState state = new ClientState(true, version);
    state.capabilities = capabilities == null ? new JsonObject() : capabilities;
    state.clientInfo = clientInfo;
    state.logLevel = logLevel;
    return state;
  }

  public boolean isModern() {
    return modern;
  }

  public String protocolVersion() {
    return protocolVersion;
  }

  public void protocolVersion(String version) {
    this.protocolVersion = version;
  }

  public JsonObject capabilities() {
    return capabilities;
  }

  public void capabilities(JsonObject capabilities) {
    this.capabilities = capabilities == null ? new JsonObject() : capabilities;
  }

  public JsonObject clientInfo() {
    return clientInfo;
  }

  public void clientInfo(JsonObject clientInfo) {
    this.clientInfo = clientInfo;
  }

  public void logLevel(LogLevel level) {
    this.logLevel = level;
  }

  /**
   * Whether a log record at {@code level} goes out. Modern: only when the request asked
   * (logLevel in _meta). Legacy: everything until logging/setLevel narrows it.
   */
  public boolean admits(LogLevel level) {
    LogLevel threshold = logLevel;
    if (threshold == null) {
      return !modern;
    }
    return level.ordinal() >= threshold.ordinal();
  }

  public Set<String> subscriptions() {
    return subscriptions;
  }
}

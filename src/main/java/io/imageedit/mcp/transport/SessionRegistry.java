package io.imageedit.mcp.transport;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Live legacy sessions, shared by every HTTP verticle instance. The number of sessions is
 * capped (clients often never DELETE) and a periodic sweep ends sessions idle for longer
 * than the configured time.
 */
public final class SessionRegistry {
  private static final System.Logger LOG = System.getLogger(SessionRegistry.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Vertx vertx;
  private final int maxSessions;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final AtomicInteger count = new AtomicInteger();
  private volatile long idleMillis;
  private long sweepTimer = -1;

  public SessionRegistry(Vertx vertx, int maxSessions, Duration idle, Duration sweepEvery) {
    this.vertx = vertx;
    this.maxSessions = maxSessions;
    setTimings(idle, sweepEvery);
  }

  /** Idle limit and sweep interval; tests shorten both to watch a session expire. */
  public synchronized void setTimings(Duration idle, Duration sweepEvery) {
    this.idleMillis = idle.toMillis();
    if (sweepTimer >= 0) {
      vertx.cancelTimer(sweepTimer);
    }
    sweepTimer = vertx.setPeriodic(Math.max(1, sweepEvery.toMillis()), id -> sweep());
  }

  /** A new session, or empty when MCP_MAX_SESSIONS are live. */
  public Optional<Session> create() {
    if (count.incrementAndGet() > maxSessions) {
      count.decrementAndGet();
      return Optional.empty();
    }
    Session session = new Session(newId(), now());
    sessions.put(session.id(), session);
    return Optional.of(session);
  }

  /** The live session with this id, marked as used now; empty when unknown or ended. */
  public Optional<Session> find(String id) {
    Session session = sessions.get(id);
    if (session == null || session.isEnded()) {
      return Optional.empty();
    }
    session.touch(now());
    return Optional.of(session);
  }

  public boolean end(String id) {
    Session session = sessions.remove(id);
    if (session == null) {
      return false;
    }
    count.decrementAndGet();
    return session.end();
  }

  public int size() {
    return count.get();
  }

  public int maxSessions() {
    return maxSessions;
  }

  /** Ends sessions idle for longer than the limit; returns how many. */
  public int sweep() {
    long cutoff = now() - idleMillis;
    int expired = 0;
    for (Session session : sessions.values()) {
      if (session.lastSeen() < cutoff && !session.isBusy() && end(session.id())) {
        expired++;
      }
    }
    if (expired > 0) {
      LOG.log(System.Logger.Level.INFO, "expired {0} idle MCP session(s), {1} live",
          String.valueOf(expired), String.valueOf(size()));
    }
    return expired;
  }

  /** Sends a notification to every session's GET stream (list changes). */
  public void broadcast(JsonObject notification) {
    sessions.values().forEach(s -> s.notifyClient(notification));
  }

  /** notifications/resources/updated to the sessions subscribed to {@code uri}. */
  public void resourceUpdated(String uri) {
    JsonObject message = new JsonObject().put("jsonrpc", "2.0")
        .put("method", "notifications/resources/updated")
        .put("params", new JsonObject().put("uri", uri));
    sessions.values().stream()
        .filter(s -> s.client().subscriptions().contains(uri))
        .forEach(s -> s.notifyClient(message));
  }

  /** Stops the sweep and ends every session (shutdown). */
  public synchronized void close() {
    if (sweepTimer >= 0) {
      vertx.cancelTimer(sweepTimer);
      sweepTimer = -1;
    }
    sessions.keySet().forEach(this::end);
  }

  private static long now() {
    return System.nanoTime() / 1_000_000;
  }

  /** 32 random bytes, base64url: visible ASCII only, as the spec requires. */
  private static String newId() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}

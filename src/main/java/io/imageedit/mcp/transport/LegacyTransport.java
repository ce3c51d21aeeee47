package io.imageedit.mcp.transport;

import io.imageedit.mcp.ProtocolVersions;
import io.imageedit.mcp.jsonrpc.JsonRpc;
import io.imageedit.mcp.jsonrpc.JsonRpcMessage;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import java.util.Optional;

/**
 * The session-based revisions (2025-11-25, 2025-06-18, 2025-03-26): initialize mints a
 * session; later requests must name it; GET opens the session's stream; DELETE ends it.
 */
final class LegacyTransport {
  static final String SESSION_HEADER = "Mcp-Session-Id";
  static final String VERSION_HEADER = "MCP-Protocol-Version";

  private final Vertx vertx;
  private final SessionRegistry sessions;
  private final RequestRunner runner;
  private final long keepAliveMillis;

  LegacyTransport(Vertx vertx, SessionRegistry sessions, RequestRunner runner, long keepAliveMillis) {
    this.vertx = vertx;
    this.sessions = sessions;
    this.runner = runner;
    this.keepAliveMillis = keepAliveMillis;
  }

  void post(RoutingContext ctx, JsonRpcMessage message) {
    HttpServerResponse response = ctx.response();
    if (message.isRequest() && "initialize".equals(message.method())) {
      initialize(ctx, message);
      return;
    }
    Optional<Session> found = session(ctx, message.id());
    if (found.isEmpty() || !versionHeaderOk(ctx.request(), response, message.id())) {
      return;
    }
    Session session = found.get();
    switch (message.kind()) {
      case RESPONSE -> {
        session.answer(message.id(), message.result(), message.error());
        HttpReplies.empty(response, 202);
      }
      case NOTIFICATION -> {
        if ("notifications/cancelled".equals(message.method())) {
          session.cancel(message.params().getValue("requestId"));
        }
        HttpReplies.empty(response, 202);
      }
      case REQUEST -> runner.run(response, ctx.request().getHeader("Accept"), message,
          session.client(), session);
    }
  }

  void get(RoutingContext ctx) {
    HttpServerResponse response = ctx.response();
    String accept = ctx.request().getHeader("Accept");
    if (accept != null && !accept.contains("text/event-stream") && !accept.contains("*/*")) {
      HttpReplies.error(response, 406, null, JsonRpc.INVALID_REQUEST,
          "Not Acceptable: GET opens an SSE stream; send Accept: text/event-stream");
      return;
    }
    Optional<Session> found = session(ctx, null);
    if (found.isEmpty() || !versionHeaderOk(ctx.request(), response, null)) {
      return;
    }
    Session session = found.get();
    SessionStream stream = new SessionStream(vertx, response, keepAliveMillis);
    if (!session.openStream(stream)) {
      HttpReplies.error(response, 409, null, JsonRpc.INVALID_REQUEST,
          "Conflict: this session already has an open GET stream");
      return;
    }
    stream.start();
    response.closeHandler(v -> {
      stream.close();
      session.streamClosed(stream);
    });
    // On graceful shutdown the stream ends at once: it would otherwise hold the server open.
    ctx.request().connection().shutdownHandler(v -> {
      stream.close();
      session.streamClosed(stream);
    });
  }

  void delete(RoutingContext ctx) {
    Optional<Session> found = session(ctx, null);
    if (found.isEmpty()) {
      return;
    }
    sessions.end(found.get().id());
    HttpReplies.empty(ctx.response(), 200);
  }

  private void initialize(RoutingContext ctx, JsonRpcMessage message) {
    HttpServerResponse response = ctx.response();
    Optional<Session> created = sessions.create();
    if (created.isEmpty()) {
      HttpReplies.error(response, 503, message.id(), JsonRpc.SERVER_BUSY,
          "Server busy: " + sessions.maxSessions() + " MCP sessions are open (MCP_MAX_SESSIONS);"
              + " try again later, or end unused sessions with DELETE");
      return;
    }
    Session session = created.get();
    response.putHeader(SESSION_HEADER, session.id());
    runner.run(response, ctx.request().getHeader("Accept"), message, session.client(), session)
        .onSuccess(reply -> {
          if (reply.containsKey("error")) {
            sessions.end(session.id());
          }
        });
  }

  /** 400 when the header is missing, 404 when the session is unknown or ended. */
  private Optional<Session> session(RoutingContext ctx, Object id) {
    String sessionId = ctx.request().getHeader(SESSION_HEADER);
    if (sessionId == null || sessionId.isEmpty()) {
      HttpReplies.error(ctx.response(), 400, id, JsonRpc.INVALID_REQUEST,
          "Bad Request: Mcp-Session-Id header is required (send initialize first to get one)");
      return Optional.empty();
    }
    Optional<Session> session = sessions.find(sessionId);
    if (session.isEmpty()) {
      HttpReplies.error(ctx.response(), 404, id, JsonRpc.SESSION_NOT_FOUND,
          "Session not found: it expired or was ended; send initialize to start a new one");
    }
    return session;
  }

  /** Missing means 2025-03-26; any supported legacy version is accepted on any request. */
  private static boolean versionHeaderOk(HttpServerRequest request, HttpServerResponse response,
      Object id) {
    String version = request.getHeader(VERSION_HEADER);
    if (version == null || ProtocolVersions.isLegacy(version)) {
      return true;
    }
    HttpReplies.error(response, 400, id, JsonRpc.INVALID_REQUEST,
        "Bad Request: unsupported MCP-Protocol-Version \"" + version + "\"; supported: "
            + String.join(", ", ProtocolVersions.LEGACY));
    return false;
  }
}

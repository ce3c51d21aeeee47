package io.imageedit.mcp.transport;

import io.imageedit.AppServices;
import io.imageedit.config.ServerConfig;
import io.imageedit.mcp.McpDispatcher;
import io.imageedit.mcp.jsonrpc.JsonRpc;
import io.imageedit.mcp.jsonrpc.JsonRpcCodec;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.SecurityPolicyHandler;

/**
 * Mounts the Streamable HTTP endpoint at {prefix}/mcp: access checks (secret, Origin, Host),
 * then the body limit, then the endpoint. One instance per HTTP verticle; the session
 * registry they share lives in {@link AppServices}.
 */
public final class McpRoutes {
  private McpRoutes() {
  }

  public static void mount(Vertx vertx, Router router, AppServices services) {
    JsonRpcCodec.raiseGlobalLimits();
    ServerConfig config = services.config().server();
    AccessGuard guard = new AccessGuard(config);
    long keepAliveMillis = config.sseKeepAliveSeconds() * 1000L;
    RequestRunner runner = new RequestRunner(vertx, new McpDispatcher(services.registry()),
        keepAliveMillis);
    McpEndpoint endpoint = new McpEndpoint(
        new LegacyTransport(vertx, services.sessions(), runner, keepAliveMillis),
        new ModernTransport(runner, services.registry()));

    var route = config.secretKey().isEmpty()
        ? router.route("/mcp")
        : router.routeWithRegex("^/([^/]+)/mcp$");
    boolean secretInPath = !config.secretKey().isEmpty();
    // A security-policy handler runs before the body is read: refused requests cost nothing.
    route.handler((SecurityPolicyHandler) ctx -> guard(ctx, guard, secretInPath));
    // BodyHandler refuses an over-long Content-Length at once and stops reading past the limit.
    route.handler(BodyHandler.create(false).setBodyLimit(config.maxBodyBytes()));
    route.handler(ctx -> {
      HttpMethod method = ctx.request().method();
      if (method == HttpMethod.POST) {
        ctx.next();
      } else if (method == HttpMethod.GET || method == HttpMethod.DELETE) {
        endpoint.handleBodiless(ctx);
      } else {
        HttpReplies.methodNotAllowed(ctx.response(), "GET, POST, DELETE");
      }
    });
    route.handler(endpoint::handlePost);
    route.failureHandler(ctx -> {
      int status = ctx.statusCode();
      if (status == 413) {
        HttpReplies.error(ctx.response(), 413, null, JsonRpc.INVALID_REQUEST,
            "Payload Too Large: the body exceeds MCP_MAX_BODY_BYTES=" + config.maxBodyBytes()
                + "; send large images by URL or upload them first");
      } else {
        ctx.next();
      }
    });
  }

  private static void guard(RoutingContext ctx, AccessGuard guard, boolean secretInPath) {
    if (secretInPath && !guard.secretMatches(ctx.pathParam("param0"))) {
      // Same answer as for any unknown path: nothing tells a guesser it was close.
      HttpReplies.afterSmallBody(ctx.request(), () -> ctx.response().setStatusCode(404)
          .putHeader("Content-Type", "text/plain").end("Not Found"));
      return;
    }
    if (!guard.originAllowed(ctx.request().getHeader("Origin"))) {
      HttpReplies.afterSmallBody(ctx.request(), () -> HttpReplies.error(ctx.response(), 403, null,
          JsonRpc.INVALID_REQUEST, "Forbidden: Origin not allowed (add it to ALLOWED_ORIGINS)"));
      return;
    }
    if (!guard.hostAllowed(ctx.request().authority())) {
      HttpReplies.afterSmallBody(ctx.request(), () -> HttpReplies.error(ctx.response(), 403, null,
          JsonRpc.INVALID_REQUEST, "Forbidden: Host not allowed (add it to ALLOWED_HOSTS)"));
      return;
    }
    ctx.next();
  }
}

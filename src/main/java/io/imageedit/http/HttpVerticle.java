package io.imageedit.http;

import io.imageedit.AppServices;
import io.imageedit.cache.CacheRoutes;
import io.imageedit.mcp.transport.McpRoutes;
import io.imageedit.web.WebRoutes;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;

import java.util.concurrent.TimeUnit;

/**
 * Owns the router. Several instances share the port; everything they share lives in
 * {@link AppServices}. Never blocks: pixel work goes to the image workers over the event bus.
 */
public final class HttpVerticle extends VerticleBase {
  private final AppServices services;
  private HttpServer server;

  public HttpVerticle(AppServices services) {
    this.services = services;
  }

  @Override
  public Future<?> start() {
    Router router = Router.router(vertx);
    router.route().handler(new RequestLogger(services.config().server().secretKey()));
    HealthRoutes.mount(router, services);
    McpRoutes.mount(vertx, router, services);
    CacheRoutes.mount(vertx, router, services);
    WebRoutes.mount(vertx, router, services);
    server = vertx.createHttpServer(new HttpServerOptions()
        .setHost(services.config().server().host())
        .setPort(services.config().server().port())
        .setCompressionSupported(true));
    return server.requestHandler(router).listen();
  }

  @Override
  public Future<?> stop() {
    // Stop accepting, let in-flight requests finish up to the grace period.
    return server == null ? Future.succeededFuture()
        : server.shutdown(services.config().server().shutdownGraceSeconds(), TimeUnit.SECONDS);
  }

  /** The bound port (useful when MCP_PORT=0 in tests). */
  public int actualPort() {
    return server.actualPort();
  }
}

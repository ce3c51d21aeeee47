package io.imageedit;

import io.imageedit.config.AppConfig;
import io.imageedit.http.HttpVerticle;
import io.imageedit.mcp.McpRegistry;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Deploys the application in order: image workers, the ModelScope verticle, then the
 * HTTP verticles that depend on both. A failed step fails the whole deployment.
 */
public final class MainVerticle extends VerticleBase {
  private final AppConfig config;
  private final McpRegistry registry;
  private AppServices services;

  public MainVerticle(AppConfig config) {
    this(config, new McpRegistry());
  }

  /** With a pre-filled registry: tests mount fixture tool sets this way. */
  public MainVerticle(AppConfig config, McpRegistry registry) {
    this.config = config;
    this.registry = registry;
  }

  @Override
  public Future<?> start() {
    services = new AppServices(config, registry, new AtomicBoolean(false), Instant.now());
    return deployHttp()
        .onSuccess(id -> services.ready().set(true));
  }

  public AppServices services() {
    return services;
  }

  private Future<String> deployHttp() {
    return vertx.deployVerticle(() -> new HttpVerticle(services),
        new DeploymentOptions().setInstances(config.server().httpInstances()));
  }
}

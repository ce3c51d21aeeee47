package io.imageedit;

import io.imageedit.cache.ContentCache;
import io.imageedit.config.AppConfig;
import io.imageedit.image.ImageClient;
import io.imageedit.image.ImageFetcher;
import io.imageedit.image.ImageWorkerVerticle;
import io.imageedit.image.LocalCodec;
import io.imageedit.image.WebpSupport;
import io.imageedit.http.HttpVerticle;
import io.imageedit.mcp.McpRegistry;
import io.imageedit.mcp.transport.SessionRegistry;
import io.imageedit.modelscope.ModelScopeAddresses;
import io.imageedit.modelscope.ModelScopeVerticle;
import io.imageedit.tools.ImageResults;
import io.imageedit.tools.ProductTools;
import io.imageedit.tools.ai.AiServices;
import io.imageedit.tools.ToolSet;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.VerticleBase;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Deploys the application in order: image workers, the ModelScope verticle, the tool set,
 * then the HTTP verticles that serve it. A failed step fails the whole deployment.
 */
public final class MainVerticle extends VerticleBase {
  private final AppConfig config;
  private final ToolSet toolSet;
  private AppServices services;

  public MainVerticle(AppConfig config) {
    this(config, new ProductTools());
  }

  /** With another tool set: tests mount fixture tools on the same MCP layer this way. */
  public MainVerticle(AppConfig config, ToolSet toolSet) {
    this.config = config;
    this.toolSet = toolSet;
  }

  @Override
  public Future<?> start() {
    Instant started = Instant.now();
    LocalCodec.registerImageCodecs(vertx.eventBus());
    ModelScopeAddresses aiAddresses = ModelScopeAddresses.withPrefix(
        "modelscope." + UUID.randomUUID());
    SessionRegistry sessions = new SessionRegistry(vertx, config.server().maxSessions(),
        Duration.ofMinutes(config.server().sessionIdleMinutes()), Duration.ofSeconds(30));
    return deployImageWorkers()
        // Spawns libwebp once on a worker thread, so no event loop ever waits for it.
        .compose(v -> vertx.executeBlocking(() -> {
          WebpSupport.installBinaries(config.image().cacheDir());
          return WebpSupport.available();
        }, false))
        .compose(v -> vertx.deployVerticle(new ModelScopeVerticle(config.ai(), aiAddresses)))
        .compose(v -> ContentCache.open(vertx, config.image().cacheDir(),
            config.server().cacheUrl(), config.image().cacheMaxBytes(),
            config.image().resultCache()))
        .map(cache -> {
          ImageClient images = new ImageClient(vertx, config.image());
          services = new AppServices(config, new McpRegistry(), new AtomicBoolean(false),
              started, sessions, images, new ImageFetcher(vertx, config.image(), cache), cache,
              new ImageResults(images, config.image().previewMaxBytes()),
              AiServices.create(vertx, config, aiAddresses));
          toolSet.register(services.registry(), services);
          return cache;
        })
        .compose(v -> deployHttp())
        .onSuccess(id -> services.ready().set(true));
  }

  @Override
  public Future<?> stop() {
    // HTTP verticles (children) are already undeployed: no request can use a session now.
    if (services != null) {
      services.sessions().close();
    }
    return Future.succeededFuture();
  }

  public AppServices services() {
    return services;
  }

  private Future<String> deployImageWorkers() {
    int workers = config.image().workers();
    return vertx.deployVerticle(() -> new ImageWorkerVerticle(config.image().maxImagePixels()),
        new DeploymentOptions()
            .setThreadingModel(ThreadingModel.WORKER)
            .setInstances(workers)
            .setWorkerPoolName("image-workers")
            .setWorkerPoolSize(workers));
  }

  private Future<String> deployHttp() {
    return vertx.deployVerticle(() -> new HttpVerticle(services),
        new DeploymentOptions().setInstances(config.server().httpInstances()));
  }
}

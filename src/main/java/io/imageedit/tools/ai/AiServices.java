package io.imageedit.tools.ai;

import io.imageedit.config.AppConfig;
import io.imageedit.modelscope.ModelScopeAddresses;
import io.imageedit.modelscope.ModelScopeClient;
import io.vertx.core.Vertx;

/**
 * The AI side of the shared services, built once by MainVerticle.
 *
 * @param modelScope the provider client (talks to the ModelScope verticle)
 * @param history    generated and edited images, persisted in CACHE_DIR
 */
public record AiServices(ModelScopeClient modelScope, AiImageHistory history) {

  public static AiServices create(Vertx vertx, AppConfig config, ModelScopeAddresses addresses) {
    return new AiServices(new ModelScopeClient(vertx, config.ai(), addresses),
        AiImageHistory.open(vertx, config.image().cacheDir()));
  }
}

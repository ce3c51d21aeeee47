package io.imageedit.config;

import io.vertx.config.spi.ConfigStore;
import io.vertx.config.spi.ConfigStoreFactory;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/** Registers the "dotenv" store type with vertx-config (see META-INF/services). */
public final class DotenvConfigStoreFactory implements ConfigStoreFactory {
  @Override
  public String name() {
    return "dotenv";
  }

  @Override
  public ConfigStore create(Vertx vertx, JsonObject configuration) {
    return new DotenvConfigStore(vertx, configuration.getString("path", ".env"));
  }
}

package io.imageedit.config;

import io.vertx.config.ConfigRetriever;
import io.vertx.config.ConfigRetrieverOptions;
import io.vertx.config.ConfigStoreOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * Layers the configuration: conf/config.json (working directory, else the copy in the jar),
 * then .env in the working directory, then environment variables. Later layers win.
 */
public final class ConfigLoader {
  private ConfigLoader() {
  }

  public static Future<AppConfig> load(Vertx vertx, String dotenvPath) {
    ConfigRetrieverOptions options = new ConfigRetrieverOptions()
        .setScanPeriod(-1)
        .setIncludeDefaultStores(false)
        .addStore(new ConfigStoreOptions().setType("file").setFormat("json")
            .setConfig(new JsonObject().put("path", "conf/config.json")))
        .addStore(new ConfigStoreOptions().setType("dotenv")
            .setConfig(new JsonObject().put("path", dotenvPath)))
        // raw-data keeps "0123" a string: environment values must not be re-typed.
        .addStore(new ConfigStoreOptions().setType("env")
            .setConfig(new JsonObject().put("raw-data", true)));
    ConfigRetriever retriever = ConfigRetriever.create(vertx, options);
    return retriever.getConfig()
        .andThen(ignored -> retriever.close())
        .compose(raw -> {
          try {
            return Future.succeededFuture(AppConfig.from(raw));
          } catch (ConfigException e) {
            return Future.failedFuture(e);
          }
        });
  }
}

package io.imageedit.config;

import io.vertx.core.json.JsonObject;

/** The whole configuration, built once at start-up and passed down; nothing else reads the environment. */
public record AppConfig(ServerConfig server, ImageConfig image, AiConfig ai) {

  /** Builds and validates; throws {@link ConfigException} naming the first bad variable. */
  public static AppConfig from(JsonObject raw) {
    Settings s = new Settings(raw);
    return new AppConfig(ServerConfig.read(s), ImageConfig.read(s), AiConfig.read(s));
  }
}

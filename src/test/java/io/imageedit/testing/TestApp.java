package io.imageedit.testing;

import io.imageedit.AppServices;
import io.imageedit.MainVerticle;
import io.imageedit.config.AppConfig;
import io.imageedit.tools.ProductTools;
import io.imageedit.tools.ToolSet;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Boots the whole application in-process on 127.0.0.1 and a free port, with a fresh
 * temporary CACHE_DIR, defaults from conf/config.json and the given overrides.
 */
public final class TestApp {
  private final MainVerticle main;
  private final String deploymentId;
  private final AppConfig config;

  private TestApp(MainVerticle main, String deploymentId, AppConfig config) {
    this.main = main;
    this.deploymentId = deploymentId;
    this.config = config;
  }

  /** The product tool set. */
  public static Future<TestApp> start(Vertx vertx, Map<String, String> overrides) {
    return start(vertx, overrides, new ProductTools());
  }

  public static Future<TestApp> start(Vertx vertx, Map<String, String> overrides, ToolSet tools) {
    AppConfig config;
    try {
      config = AppConfig.from(rawConfig(overrides));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    MainVerticle main = new MainVerticle(config, tools);
    return vertx.deployVerticle(main).map(id -> new TestApp(main, id, config));
  }

  /** conf/config.json + test defaults (loopback, free port, temp cache, 1 HTTP instance) + overrides. */
  public static JsonObject rawConfig(Map<String, String> overrides) {
    try {
      JsonObject raw = new JsonObject(Files.readString(Path.of("conf/config.json")));
      raw.put("MCP_HOST", "127.0.0.1");
      raw.put("MCP_PORT", String.valueOf(freePort()));
      raw.put("HTTP_INSTANCES", "2");
      raw.put("CACHE_DIR", Files.createTempDirectory("image-edit-mcp-test").toString());
      overrides.forEach(raw::put);
      return raw;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public AppConfig config() {
    return config;
  }

  public AppServices services() {
    return main.services();
  }

  public int port() {
    return config.server().port();
  }

  /** http://127.0.0.1:PORT */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** Base URL plus the secret prefix, e.g. http://127.0.0.1:PORT/s3cret */
  public String secureUrl() {
    return baseUrl() + config.server().securePrefix();
  }

  public Future<Void> stop(Vertx vertx) {
    return vertx.undeploy(deploymentId);
  }
}

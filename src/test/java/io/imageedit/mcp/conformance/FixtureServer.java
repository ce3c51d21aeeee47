package io.imageedit.mcp.conformance;

import io.imageedit.MainVerticle;
import io.imageedit.config.AppConfig;
import io.imageedit.config.ConfigLoader;
import io.vertx.core.Vertx;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real application with {@link ConformanceToolSet} instead of the product tools, for
 * scripts/conformance.sh and scripts/bench-protocol.sh. Configuration is read as the product
 * reads it (conf/config.json, then the dotenv file named by the first argument, default .env,
 * then environment variables such as MCP_HOST, MCP_PORT, SECRET_KEY). Prints
 * {@code FIXTURE_MCP_URL=<url>} once it serves, and runs until SIGTERM.
 */
public final class FixtureServer {
  private FixtureServer() {
  }

  public static void main(String[] args) {
    io.imageedit.Logging.configure();
    Runtime.getRuntime().addShutdownHook(new Thread(io.imageedit.Logging::flush, "log-flush"));
    String dotenv = args.length > 0 ? args[0] : ".env";
    Vertx vertx = Vertx.vertx();
    ConfigLoader.load(vertx, dotenv)
        .compose(config -> vertx.deployVerticle(
            new MainVerticle(config, new ConformanceToolSet(vertx))).map(id -> config))
        .onSuccess(config -> {
          System.out.println("FIXTURE_MCP_URL=" + mcpUrl(config));
          System.out.flush();
          Runtime.getRuntime().addShutdownHook(new Thread(() -> close(vertx), "shutdown"));
        })
        .onFailure(err -> {
          System.err.println("fixture server: cannot start: " + err.getMessage());
          vertx.close();
          System.exit(1);
        });
  }

  /** The full MCP URL, secret included: the fixture's caller chose the secret. */
  static String mcpUrl(AppConfig config) {
    String host = config.server().host();
    String shown = host.equals("0.0.0.0") ? "127.0.0.1" : host.contains(":") ? "[" + host + "]"
        : host;
    return "http://" + shown + ":" + config.server().port() + config.server().securePrefix()
        + "/mcp";
  }

  private static void close(Vertx vertx) {
    CountDownLatch done = new CountDownLatch(1);
    vertx.close().onComplete(ignored -> done.countDown());
    try {
      done.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

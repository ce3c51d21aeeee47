package io.imageedit;

import io.imageedit.config.ConfigLoader;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Entry point of the fat jar: load configuration, deploy, serve until SIGTERM. */
public final class Main {

  private Main() {
  }

  public static void main(String[] args) {
    Logging.configure();
    System.Logger log = System.getLogger(Main.class.getName());
    Vertx vertx = Vertx.vertx(new VertxOptions());
    ConfigLoader.load(vertx, ".env")
        .compose(config -> vertx.deployVerticle(new MainVerticle(config)).map(id -> config))
        .onSuccess(config -> {
          log.log(System.Logger.Level.INFO, "image-edit-mcp ready: MCP endpoint "
              + config.server().redactedMcpUrl());
          if (config.server().secretKey().isEmpty()) {
            log.log(System.Logger.Level.WARNING, "SECRET_KEY is empty: /mcp and /upload are open"
                + " to anyone who can reach this port; set SECRET_KEY (see GET /secret)");
          }
          Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(vertx, log), "shutdown"));
        })
        .onFailure(err -> {
          Logging.flush();
          System.err.println("image-edit-mcp: cannot start: " + err.getMessage());
          vertx.close();
          System.exit(1);
        });
  }

  /** Undeploys everything (HTTP verticles drain in-flight calls in their stop()). */
  private static void shutdown(Vertx vertx, System.Logger log) {
    log.log(System.Logger.Level.INFO, "shutting down");
    CountDownLatch done = new CountDownLatch(1);
    vertx.close().onComplete(ignored -> done.countDown());
    try {
      if (!done.await(60, TimeUnit.SECONDS)) {
        System.err.println("image-edit-mcp: shutdown timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    log.log(System.Logger.Level.INFO, "stopped");
    Logging.flush();
  }
}

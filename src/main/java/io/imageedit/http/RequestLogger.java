package io.imageedit.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * One INFO line per request when the response ends: method, path with the secret
 * replaced by {SECRET_KEY}, status, milliseconds. Query strings are not logged.
 */
public final class RequestLogger implements Handler<RoutingContext> {
  private static final System.Logger LOG = System.getLogger("http");
  private final String secretKey;

  public RequestLogger(String secretKey) {
    this.secretKey = secretKey;
  }

  @Override
  public void handle(RoutingContext ctx) {
    long start = System.nanoTime();
    String method = ctx.request().method().name();
    String path = redact(ctx.request().path());
    ctx.addEndHandler(ignored -> LOG.log(System.Logger.Level.INFO, "{0} {1} {2} {3}ms",
        method, path, String.valueOf(ctx.response().getStatusCode()),
        String.valueOf((System.nanoTime() - start) / 1_000_000)));
    ctx.next();
  }

  /** Replaces the secret path segment; any other occurrence is left alone. */
  public String redact(String path) {
    if (path == null) {
      return "";
    }
    if (secretKey.isEmpty()) {
      return path;
    }
    String prefix = "/" + secretKey;
    if (path.equals(prefix) || path.startsWith(prefix + "/")) {
      return "/{SECRET_KEY}" + path.substring(prefix.length());
    }
    return path;
  }
}

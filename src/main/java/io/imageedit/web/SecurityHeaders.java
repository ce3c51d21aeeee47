package io.imageedit.web;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

import java.net.URI;

/**
 * Headers every page, asset and upload answer carries. Scripts and styles come only from
 * this origin as separate files, so the policy needs no 'unsafe-inline', hashes or nonces.
 * Images may also come from CACHE_URL's origin (recent uploads are shown from there) and
 * from blob: (local previews before upload).
 */
final class SecurityHeaders implements Handler<RoutingContext> {
  private final String policy;

  SecurityHeaders(String cacheUrl) {
    String cacheOrigin = origin(cacheUrl);
    this.policy = "default-src 'none'; script-src 'self'; style-src 'self'; "
        + "img-src 'self' blob: " + cacheOrigin + "; connect-src 'self'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  }

  @Override
  public void handle(RoutingContext ctx) {
    apply(ctx.response().headers());
    ctx.next();
  }

  void apply(MultiMap headers) {
    headers.set("Content-Security-Policy", policy)
        .set("X-Content-Type-Options", "nosniff")
        .set("Referrer-Policy", "no-referrer")
        .set("X-Frame-Options", "DENY")
        .set("Cross-Origin-Opener-Policy", "same-origin");
  }

  String policy() {
    return policy;
  }

  /** scheme://host[:port] of an absolute URL (validated at start-up by ServerConfig). */
  static String origin(String url) {
    URI uri = URI.create(url);
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }
}

package io.imageedit.web;

import io.imageedit.AppServices;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

import java.util.Map;

/**
 * Pages for people: the landing page, /secret, and the image host at {prefix}/upload
 * (page and API). With a wrong secret no route matches, so the router answers a plain 404.
 */
public final class WebRoutes {
  private WebRoutes() {
  }

  public static void mount(Vertx vertx, Router router, AppServices services) {
    SecurityHeaders headers = new SecurityHeaders(services.config().server().cacheUrl());
    String upload = services.config().server().securePrefix() + "/upload";

    router.get("/").handler(headers).handler(new LandingPage(services));
    router.get("/secret").handler(headers).handler(staticPage(new PageTemplate("secret.html"),
        Map.of()));
    router.get("/assets/:name").handler(headers).handler(new StaticAssets());
    router.get(upload).handler(headers).handler(staticPage(new PageTemplate("upload.html"),
        Map.of("maxBytes", String.valueOf(services.config().image().uploadMaxBytes()))));
    router.post(upload).handler(headers).handler(new UploadHandler(vertx, services));
  }

  /** A page whose placeholders are fixed at start-up: rendered once, served from memory. */
  private static io.vertx.core.Handler<io.vertx.ext.web.RoutingContext> staticPage(
      PageTemplate template, Map<String, String> values) {
    String html = template.render(values);
    return ctx -> ctx.response()
        .putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(html);
  }
}

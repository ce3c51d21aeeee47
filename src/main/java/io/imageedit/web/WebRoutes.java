package io.imageedit.web;

import io.imageedit.AppServices;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/** Landing page, /secret, and the image host at {prefix}/upload. (Issue 5 fills this in.) */
public final class WebRoutes {
  private WebRoutes() {
  }

  public static void mount(Vertx vertx, Router router, AppServices services) {
  }
}

package io.imageedit.cache;

import io.imageedit.AppServices;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/** Serves /cache/... from CACHE_DIR. (Issue 3 fills this in.) */
public final class CacheRoutes {
  private CacheRoutes() {
  }

  public static void mount(Vertx vertx, Router router, AppServices services) {
  }
}

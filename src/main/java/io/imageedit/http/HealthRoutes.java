package io.imageedit.http;

import io.imageedit.AppServices;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/** Liveness and readiness, outside the secret prefix so orchestrators can probe them. */
final class HealthRoutes {
  private HealthRoutes() {
  }

  static void mount(Router router, AppServices services) {
    router.get("/health").handler(ctx -> ctx.json(new JsonObject().put("status", "ok")));
    router.get("/ready").handler(ctx -> {
      boolean ready = services.ready().get();
      ctx.response().setStatusCode(ready ? 200 : 503);
      ctx.json(new JsonObject().put("status", ready ? "ready" : "starting"));
    });
  }
}

package io.imageedit.mcp.transport;

import io.imageedit.AppServices;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/** Mounts the Streamable HTTP endpoint at {prefix}/mcp. (Issue 2 fills this in.) */
public final class McpRoutes {
  private McpRoutes() {
  }

  public static void mount(Vertx vertx, Router router, AppServices services) {
  }
}

package io.imageedit.web;

import io.imageedit.AppServices;
import io.imageedit.config.ServerConfig;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * GET /: what this server is, how to reach MCP (secret masked), and a status line.
 * Rendered per request because the uptime changes.
 */
final class LandingPage implements Handler<RoutingContext> {
  private final PageTemplate template = new PageTemplate("index.html");
  private final AppServices services;

  LandingPage(AppServices services) {
    this.services = services;
  }

  @Override
  public void handle(RoutingContext ctx) {
    ServerConfig server = services.config().server();
    String prefix = server.secretKey().isEmpty() ? "" : "/{SECRET_KEY}";
    String html = template.render(Map.of(
        "mcpUrl", server.cacheUrl() + prefix + "/mcp",
        "uploadUrl", server.cacheUrl() + prefix + "/upload",
        "uploadHref", server.secretKey().isEmpty() ? "/upload" : "/secret",
        "secretState", server.secretKey().isEmpty() ? "unset" : "set",
        "version", Version.current(),
        "uptime", formatUptime(Duration.between(services.started(), Instant.now())),
        "aiState", services.config().ai().hasApiKey() ? "configured" : "missing"));
    ctx.response()
        .putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(html);
  }

  /** "3d 4h 5m", "4h 5m", "5m 6s": coarse enough to read at a glance. */
  static String formatUptime(Duration d) {
    long s = Math.max(0, d.getSeconds());
    long days = s / 86_400;
    long hours = s % 86_400 / 3600;
    long minutes = s % 3600 / 60;
    if (days > 0) {
      return days + "d " + hours + "h " + minutes + "m";
    }
    if (hours > 0) {
      return hours + "h " + minutes + "m";
    }
    return minutes + "m " + s % 60 + "s";
  }
}

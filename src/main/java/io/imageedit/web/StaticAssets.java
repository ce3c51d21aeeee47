package io.imageedit.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Serves the pages' scripts and styles at /assets/{name} from memory, with ETags so a
 * browser revalidates cheaply. Only the listed names exist; anything else is a 404.
 */
final class StaticAssets implements Handler<RoutingContext> {
  static final List<String> NAMES = List.of(
      "style.css", "common.js", "landing.js", "secret.js", "upload.js", "favicon.svg");

  private final Map<String, WebResource> assets;

  StaticAssets() {
    assets = NAMES.stream()
        .map(name -> WebResource.load("assets/" + name))
        .collect(Collectors.toUnmodifiableMap(r -> r.name().substring("assets/".length()),
            Function.identity()));
  }

  @Override
  public void handle(RoutingContext ctx) {
    WebResource asset = assets.get(ctx.pathParam("name"));
    if (asset == null) {
      ctx.next();
      return;
    }
    var response = ctx.response()
        .putHeader("Content-Type", asset.contentType())
        .putHeader("ETag", asset.etag())
        .putHeader("Cache-Control", "no-cache");
    if (asset.etag().equals(ctx.request().getHeader("If-None-Match"))) {
      response.setStatusCode(304).end();
      return;
    }
    response.end(asset.bytes());
  }
}

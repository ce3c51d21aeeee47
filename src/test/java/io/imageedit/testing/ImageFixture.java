package io.imageedit.testing;

import io.imageedit.mcp.CallContext;
import io.imageedit.mcp.ToolResult;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/** The app (with ALLOW_PRIVATE_URLS=true) plus a loopback server holding test images. */
public record ImageFixture(TestApp app, ImageServer server) {

  public static Future<ImageFixture> start(Vertx vertx, Map<String, Buffer> images,
      Map<String, String> overrides) {
    Map<String, String> o = new HashMap<>(Map.of("ALLOW_PRIVATE_URLS", "true"));
    o.putAll(overrides);
    return ImageServer.start(vertx).compose(server -> {
      images.forEach((path, bytes) -> server.serve(path, "application/octet-stream", bytes));
      return TestApp.start(vertx, o).map(app -> new ImageFixture(app, server));
    });
  }

  public static Future<ImageFixture> start(Vertx vertx, Map<String, Buffer> images) {
    return start(vertx, images, Map.of());
  }

  public String url(String path) {
    return server.url(path);
  }

  /** Calls a registered tool's handler directly (no MCP transport). */
  public Future<ToolResult> call(String tool, JsonObject args) {
    return app.services().registry().tool(tool).orElseThrow().handler()
        .call(args, CallContext.detached());
  }

  /** The result's structuredContent, failing the test on an error result. */
  public static JsonObject data(ToolResult result) {
    if (result.isError()) {
      throw new AssertionError("tool error: " + result.toJson().encode());
    }
    return (JsonObject) result.structuredContent();
  }

  /** The bytes of the cached file a result points to. */
  public Buffer file(ToolResult result) {
    try {
      return Buffer.buffer(Files.readAllBytes(
          app.config().image().cacheDir().resolve(data(result).getString("key"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The message of a failure (ToolException) or error result. */
  public static Future<String> errorOf(Future<ToolResult> call) {
    return call.transform(ar -> {
      if (ar.failed()) {
        return Future.succeededFuture(ar.cause().getMessage());
      }
      if (ar.result().isError()) {
        return Future.succeededFuture(ar.result().content().getJsonObject(0).getString("text"));
      }
      return Future.failedFuture(new AssertionError("expected an error, got "
          + ar.result().toJson().encode()));
    });
  }
}

package io.imageedit.web;

import io.imageedit.AppServices;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.nio.file.Path;
import java.util.List;

/**
 * POST {prefix}/upload: receives one or more images in the multipart field "file" and
 * answers their links as JSON (an object for one file, an array for several). Refusals are
 * JSON {"error"} with a status saying what kind of problem it is (400 request, 413 too
 * large, 415 not an accepted image). Temporary files are deleted whatever happens.
 */
final class UploadHandler implements Handler<RoutingContext> {
  static final int MAX_FILES = 20;
  static final String TEMP_DIR = ".upload-tmp";
  private static final System.Logger LOG = System.getLogger(UploadHandler.class.getName());

  private final Vertx vertx;
  private final long maxBytes;
  private final Path tempDir;
  private final UploadProcessor processor;

  UploadHandler(Vertx vertx, AppServices services) {
    this.vertx = vertx;
    this.maxBytes = services.config().image().uploadMaxBytes();
    // Inside CACHE_DIR: same disk as the cache, per-instance, never served (not a cache key),
    // and removed by the cache's start-up sweep after a crash (".tmp-" names).
    this.tempDir = services.config().image().cacheDir().resolve(TEMP_DIR);
    this.processor = new UploadProcessor(vertx, services);
  }

  @Override
  public void handle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    String type = request.getHeader("Content-Type");
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
      reject(ctx, new UploadRejected(400, "send the image as multipart/form-data in the field"
          + " \"file\", e.g. curl -F file=@cat.jpg URL"));
      return;
    }
    long declared = declaredLength(request);
    if (declared > maxBytes + MultipartReceiver.MULTIPART_OVERHEAD) {
      // Refused before reading the body: the client learns at once, nothing is stored.
      reject(ctx, new UploadRejected(413, "the upload is " + declared + " bytes; the limit is "
          + maxBytes + " bytes (UPLOAD_MAX_BYTES). Send a smaller image"));
      return;
    }
    MultipartReceiver receiver = new MultipartReceiver(vertx, tempDir, maxBytes, MAX_FILES);
    receiver.receive(request)
        .compose(processor::process)
        .onComplete(outcome -> receiver.deleteTempFiles())
        .onSuccess(results -> answer(ctx, results))
        .onFailure(err -> reject(ctx, err));
  }

  private void answer(RoutingContext ctx, List<JsonObject> results) {
    String body = results.size() == 1 ? results.get(0).encode() : new JsonArray(
        List.copyOf(results)).encode();
    ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(body);
  }

  private void reject(RoutingContext ctx, Throwable err) {
    HttpServerResponse response = ctx.response();
    if (response.ended() || response.closed()) {
      return;
    }
    int status;
    String message;
    if (err instanceof UploadRejected rejected) {
      status = rejected.status();
      message = rejected.getMessage();
    } else {
      LOG.log(System.Logger.Level.ERROR, "upload failed", err);
      status = 500;
      message = "the upload could not be stored; try again, and tell the operator if it persists";
    }
    boolean unread = !ctx.request().isEnded();
    response.setStatusCode(status)
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store");
    if (unread) {
      // The rest of the body is not wanted: close instead of reading it to the end.
      response.putHeader("Connection", "close");
    }
    response.end(new JsonObject().put("error", message).encode())
        .onComplete(v -> {
          if (unread) {
            ctx.request().connection().close();
          }
        });
  }

  private static long declaredLength(HttpServerRequest request) {
    String header = request.getHeader("Content-Length");
    if (header == null) {
      return -1;
    }
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

package io.imageedit.web;

import io.imageedit.AppServices;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import java.util.List;

/** Turns received files into stored images. (Waits for the image pipeline of issue 3.) */
final class UploadProcessor {
  UploadProcessor(Vertx vertx, AppServices services) {
  }

  Future<List<JsonObject>> process(List<ReceivedFile> files) {
    return Future.failedFuture(new UploadRejected(503, "the image pipeline is not available yet"));
  }
}

package io.imageedit.web;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerFileUpload;
import io.vertx.core.http.HttpServerRequest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Streams the file parts of one multipart request into temporary files, enforcing the byte
 * limits while the bytes arrive (nothing beyond the limit is kept) and scanning each file
 * for markup. Every temporary file it creates is deleted by {@link #deleteTempFiles()},
 * including files still being written when the request failed.
 */
final class MultipartReceiver {
  /** Room for multipart boundaries and part headers on top of the file bytes. */
  static final long MULTIPART_OVERHEAD = 64 * 1024;
  static final String FIELD = "file";

  private final Vertx vertx;
  private final Path tempDir;
  private final long maxBytes;
  private final int maxFiles;
  private final Promise<List<ReceivedFile>> done = Promise.promise();
  private final List<Future<ReceivedFile>> files = new ArrayList<>();
  private final ConcurrentLinkedQueue<Path> tempFiles = new ConcurrentLinkedQueue<>();
  private long rawBytes;
  private boolean cleaned;

  MultipartReceiver(Vertx vertx, Path tempDir, long maxBytes, int maxFiles) {
    this.vertx = vertx;
    this.tempDir = tempDir;
    this.maxBytes = maxBytes;
    this.maxFiles = maxFiles;
  }

  /** Must be called before the request body starts to flow (synchronously in the route). */
  Future<List<ReceivedFile>> receive(HttpServerRequest request) {
    request.setExpectMultipart(true);
    // Counted on the raw body too, so form fields and chunked bodies cannot exceed it.
    request.handler(chunk -> {
      rawBytes += chunk.length();
      if (rawBytes > maxBytes + MULTIPART_OVERHEAD) {
        fail(tooLarge());
      }
    });
    request.uploadHandler(this::accept);
    request.exceptionHandler(err -> fail(new UploadRejected(400,
        "the upload was interrupted before it was complete (" + reason(err) + ")")));
    request.endHandler(v -> Future.all(files).onComplete(all -> {
      if (all.failed()) {
        fail(all.cause());
      } else if (files.isEmpty()) {
        fail(new UploadRejected(400, "no file in the request: send the image as multipart/form-data"
            + " in the field \"file\", e.g. curl -F file=@cat.jpg URL"));
      } else {
        done.tryComplete(all.result().list());
      }
    }));
    return done.future();
  }

  /** Deletes every temporary file, now and any that is still being created. */
  Future<Void> deleteTempFiles() {
    cleaned = true;
    List<Future<Void>> deletions = new ArrayList<>();
    for (Path p = tempFiles.poll(); p != null; p = tempFiles.poll()) {
      deletions.add(delete(p));
    }
    return Future.join(deletions).mapEmpty();
  }

  private void accept(HttpServerFileUpload upload) {
    if (!FIELD.equals(upload.name())) {
      upload.handler(ignored -> { });
      fail(new UploadRejected(400, "the image must be sent in the multipart field \"file\", not \""
          + upload.name() + "\""));
      return;
    }
    if (files.size() >= maxFiles) {
      upload.handler(ignored -> { });
      fail(new UploadRejected(400, "too many files in one request: at most " + maxFiles
          + "; send the rest in another request"));
      return;
    }
    int index = files.size() + 1;
    upload.pause();
    Promise<ReceivedFile> received = Promise.promise();
    files.add(received.future());
    vertx.fileSystem().mkdirs(tempDir.toString())
        .compose(v -> vertx.fileSystem().createTempFile(tempDir.toString(), ".tmp-upload-", ".part",
            (String) null))
        .map(Path::of)
        .compose(path -> {
          tempFiles.add(path);
          if (cleaned) {
            return deleteTempFiles().compose(v -> Future.failedFuture(tooLate()));
          }
          return vertx.fileSystem().open(path.toString(), new OpenOptions().setWrite(true))
              .compose(file -> write(upload, file, index, path));
        })
        .onComplete(received);
  }

  /** Copies the part into the file with back-pressure, counting and scanning as it goes. */
  private Future<ReceivedFile> write(HttpServerFileUpload upload, AsyncFile file, int index,
      Path path) {
    Promise<ReceivedFile> result = Promise.promise();
    MarkupScanner scanner = new MarkupScanner();
    long[] size = {0};
    upload.handler(chunk -> {
      if (result.future().isComplete()) {
        return;
      }
      size[0] += chunk.length();
      if (size[0] > maxBytes) {
        file.close();
        result.tryFail(tooLarge());
        fail(tooLarge());
        return;
      }
      scanner.feed(chunk);
      file.write(chunk);
      if (file.writeQueueFull()) {
        upload.pause();
        file.drainHandler(v -> upload.resume());
      }
    });
    upload.exceptionHandler(err -> {
      file.close();
      result.tryFail(new UploadRejected(400, "the upload of file " + index
          + " was interrupted (" + reason(err) + ")"));
    });
    upload.endHandler(v -> {
      if (result.future().isComplete()) {
        return;
      }
      file.end().onComplete(closed -> {
        if (closed.failed()) {
          result.tryFail(closed.cause());
        } else {
          result.tryComplete(new ReceivedFile(index, upload.filename(), path, size[0],
              scanner.found()));
        }
      });
    });
    upload.resume();
    return result.future();
  }

  /** A short cause for messages; some stream errors carry no message. */
  private static String reason(Throwable err) {
    return err.getMessage() != null ? err.getMessage() : err.getClass().getSimpleName();
  }

  private void fail(Throwable err) {
    done.tryFail(err);
  }

  private Future<Void> delete(Path p) {
    return vertx.fileSystem().delete(p.toString()).recover(err -> Future.succeededFuture());
  }

  private UploadRejected tooLarge() {
    return new UploadRejected(413, "the upload is larger than the limit of " + maxBytes
        + " bytes (UPLOAD_MAX_BYTES); send a smaller image");
  }

  private static UploadRejected tooLate() {
    return new UploadRejected(400, "the request was already answered");
  }

}

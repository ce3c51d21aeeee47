package io.imageedit.web;

import io.imageedit.testing.TestApp;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Test helpers: multipart bodies built by hand (so tests control every byte) and a client. */
final class Uploads {
  static final String SECRET = "UploadTestKey123";
  static final String BOUNDARY = "----iem-test-boundary-7MA4YWxkTrZu0gW";

  /** One part of a multipart body. */
  record Part(String field, String fileName, String contentType, Buffer bytes) {
    static Part file(String fileName, Buffer bytes) {
      return new Part("file", fileName, "application/octet-stream", bytes);
    }
  }

  private Uploads() {
  }

  static Future<TestApp> start(Vertx vertx, Map<String, String> overrides) {
    Map<String, String> all = new java.util.HashMap<>(overrides);
    all.putIfAbsent("SECRET_KEY", SECRET);
    return TestApp.start(vertx, all);
  }

  static Buffer body(Part... parts) {
    Buffer body = Buffer.buffer();
    for (Part p : parts) {
      body.appendString("--" + BOUNDARY + "\r\n");
      body.appendString("Content-Disposition: form-data; name=\"" + p.field() + "\""
          + (p.fileName() == null ? "" : "; filename=\"" + p.fileName() + "\"") + "\r\n");
      body.appendString("Content-Type: " + p.contentType() + "\r\n\r\n");
      body.appendBuffer(p.bytes());
      body.appendString("\r\n");
    }
    body.appendString("--" + BOUNDARY + "--\r\n");
    return body;
  }

  static String contentType() {
    return "multipart/form-data; boundary=" + BOUNDARY;
  }

  static Future<HttpResponse<Buffer>> post(WebClient client, TestApp app, Part... parts) {
    return client.postAbs(app.secureUrl() + "/upload")
        .putHeader("Content-Type", contentType())
        .sendBuffer(body(parts));
  }

  static Future<Buffer> fetch(WebClient client, String url) {
    return client.getAbs(url).send().map(HttpResponse::body);
  }

  static Buffer text(String s) {
    return Buffer.buffer(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Files left in the upload temp directory (none once every request is answered). */
  static List<Path> tempFiles(TestApp app) {
    Path dir = app.config().image().cacheDir().resolve(UploadHandler.TEMP_DIR);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Files stored under uploads/ in the cache. */
  static List<Path> storedUploads(TestApp app) {
    Path dir = app.config().image().cacheDir().resolve("uploads");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Polls a condition until a deadline, without sleeping the event loop. */
  static Future<Void> eventually(Vertx vertx, java.util.function.BooleanSupplier condition,
      long timeoutMs) {
    long deadline = System.currentTimeMillis() + timeoutMs;
    io.vertx.core.Promise<Void> done = io.vertx.core.Promise.promise();
    vertx.setPeriodic(0, 20, id -> {
      if (condition.getAsBoolean()) {
        vertx.cancelTimer(id);
        done.tryComplete();
      } else if (System.currentTimeMillis() > deadline) {
        vertx.cancelTimer(id);
        done.tryFail(new AssertionError("condition not met within " + timeoutMs + " ms"));
      }
    });
    return done.future();
  }

  static JsonObject json(HttpResponse<Buffer> res) {
    return res.bodyAsJsonObject();
  }
}

package io.imageedit.web;

import io.vertx.core.buffer.Buffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One file under {@code web/} in the jar, read once at start-up: pages and assets are tiny,
 * and holding them in memory keeps the event loop off the file system.
 *
 * @param name        path under web/, e.g. "assets/upload.js"
 * @param bytes       the content
 * @param contentType media type with charset
 * @param etag        strong validator derived from the content
 */
record WebResource(String name, Buffer bytes, String contentType, String etag) {

  static WebResource load(String name) {
    String path = "web/" + name;
    try (InputStream in = WebResource.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path + " (the jar is incomplete)");
      }
      byte[] data = in.readAllBytes();
      return new WebResource(name, Buffer.buffer(data), typeOf(name), etagOf(data));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
  }

  String text() {
    return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String typeOf(String name) {
    if (name.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    if (name.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    if (name.endsWith(".svg")) {
      return "image/svg+xml";
    }
    return "application/octet-stream";
  }

  private static String etagOf(byte[] data) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(data);
      return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

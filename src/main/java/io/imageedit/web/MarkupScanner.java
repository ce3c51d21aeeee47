package io.imageedit.web;

import io.vertx.core.buffer.Buffer;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Looks for markup or document signatures anywhere in a stream of bytes, chunk by chunk,
 * so that polyglots (an image that is also an HTML page, a script or a PDF) are caught
 * while they arrive, without holding the file in memory. Markers are long enough that
 * compressed pixel data does not contain them by chance; XMP metadata (&lt;x:xmpmeta,
 * &lt;?xpacket, &lt;rdf:) is deliberately not a marker.
 */
final class MarkupScanner {
  private static final List<byte[]> MARKERS = List.of(
      "<script", "<html", "<svg", "<?php", "<iframe", "<!doctype", "<body", "<object",
      "<embed", "javascript:", "%pdf-").stream()
      .map(s -> s.getBytes(StandardCharsets.US_ASCII)).toList();
  private static final int LONGEST = MARKERS.stream().mapToInt(m -> m.length).max().orElse(1);

  private byte[] carry = new byte[0];
  private String found;

  /** Feeds the next chunk; cheap enough for the event loop (one pass, no allocation per byte). */
  void feed(Buffer chunk) {
    if (found != null) {
      return;
    }
    byte[] bytes = chunk.getBytes();
    byte[] window = new byte[carry.length + bytes.length];
    System.arraycopy(carry, 0, window, 0, carry.length);
    System.arraycopy(bytes, 0, window, carry.length, bytes.length);
    for (int i = 0; i < window.length && found == null; i++) {
      byte b = window[i];
      if (b != '<' && b != '%' && b != 'j' && b != 'J') {
        continue;
      }
      for (byte[] marker : MARKERS) {
        if (matches(window, i, marker)) {
          found = new String(marker, StandardCharsets.US_ASCII);
          break;
        }
      }
    }
    int keep = Math.min(window.length, LONGEST - 1);
    carry = java.util.Arrays.copyOfRange(window, window.length - keep, window.length);
  }

  /** The first marker seen ("&lt;script", "%pdf-", ...), or null. */
  String found() {
    return found;
  }

  private static boolean matches(byte[] window, int at, byte[] marker) {
    if (at + marker.length > window.length) {
      return false;
    }
    for (int k = 0; k < marker.length; k++) {
      int c = window[at + k];
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (c != marker[k]) {
        return false;
      }
    }
    return true;
  }
}

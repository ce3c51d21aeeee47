package io.imageedit.image;

import io.imageedit.mcp.ToolException;
import io.vertx.core.buffer.Buffer;

import java.util.Base64;
import java.util.Locale;

/** Decodes {@code data:image/...;base64,...} URLs (the payload is sniffed later like any download). */
final class DataUrls {
  private DataUrls() {
  }

  static boolean isDataUrl(String url) {
    return url.regionMatches(true, 0, "data:", 0, 5);
  }

  /** Base64 payload decoded; run on a worker thread (payloads can be megabytes). */
  static Buffer decode(String url, long maxBytes) {
    int comma = url.indexOf(',');
    String meta = comma < 0 ? "" : url.substring(5, comma).toLowerCase(Locale.ROOT);
    if (comma < 0 || !meta.startsWith("image/") || !meta.endsWith(";base64")) {
      throw new ToolException("data URLs must look like data:image/png;base64,<data>;"
          + " other data URLs are not accepted");
    }
    long estimated = (url.length() - comma - 1) * 3L / 4;
    if (estimated > maxBytes) {
      throw new ToolException("the data URL holds about " + estimated / 1_000_000 + " MB; the"
          + " limit is " + maxBytes / 1_000_000 + " MB (FETCH_MAX_BYTES)");
    }
    try {
      byte[] bytes = Base64.getMimeDecoder().decode(url.substring(comma + 1));
      return Buffer.buffer(bytes);
    } catch (IllegalArgumentException e) {
      throw new ToolException("the data URL is not valid base64: " + e.getMessage());
    }
  }

  /** A short form for results and errors ("data:image/png;base64,... (12345 chars)"). */
  static String abbreviate(String url) {
    int comma = url.indexOf(',');
    String head = comma < 0 ? url.substring(0, Math.min(40, url.length())) : url.substring(0, comma + 1);
    return head + "... (" + url.length() + " chars)";
  }
}

package io.imageedit.cache;

import io.imageedit.image.ImageFormat;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of cache keys: {@code prefix/<64 hex>.ext}, prefix made of lower-case words. Only
 * keys of this shape are ever written or served, which rules out traversal by construction.
 */
public final class CacheKeys {
  static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}(/[a-z0-9][a-z0-9_-]{0,31}){0,3}");
  static final Pattern KEY = Pattern.compile(
      "(" + PREFIX.pattern() + ")/([0-9a-f]{64})\\.(png|jpg|gif|webp|bmp|txt|json)");

  private static final Map<String, String> MIME = Map.of(
      "txt", "text/plain; charset=utf-8",
      "json", "application/json");

  private CacheKeys() {
  }

  public static boolean valid(String key) {
    return key != null && KEY.matcher(key).matches();
  }

  static String key(String prefix, String sha256, String extension) {
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("cache prefix must be lower-case words separated by /,"
          + " like \"results\" or \"ai/generated\": " + prefix);
    }
    String key = prefix + "/" + sha256 + "." + extension;
    if (!valid(key)) {
      throw new IllegalArgumentException("unsupported cache file extension: " + extension);
    }
    return key;
  }

  /** Content-Type for a valid key's extension. */
  public static String mimeType(String key) {
    String ext = key.substring(key.lastIndexOf('.') + 1);
    return Optional.ofNullable(MIME.get(ext))
        .or(() -> ImageFormat.parse(ext).map(ImageFormat::mime))
        .orElse("application/octet-stream");
  }

  /** The SHA-256 part of a valid key (used as the ETag). */
  static String sha256(String key) {
    int slash = key.lastIndexOf('/');
    return key.substring(slash + 1, key.lastIndexOf('.'));
  }
}

package io.imageedit.image;

import java.util.Locale;
import java.util.Optional;

/** The raster formats this server accepts and produces. */
public enum ImageFormat {
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg"),
  GIF("image/gif", "gif"),
  WEBP("image/webp", "webp"),
  BMP("image/bmp", "bmp");

  private final String mime;
  private final String extension;

  ImageFormat(String mime, String extension) {
    this.mime = mime;
    this.extension = extension;
  }

  public String mime() {
    return mime;
  }

  /** File extension without the dot ("jpg" for JPEG). */
  public String extension() {
    return extension;
  }

  /** Lower-case name used in tool arguments and results ("png", "jpeg", ...). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Accepts "png", "JPEG", "jpg", "image/webp", ".gif"; empty when it names no supported format. */
  public static Optional<ImageFormat> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.startsWith("image/")) {
      n = n.substring("image/".length());
    }
    if (n.startsWith(".")) {
      n = n.substring(1);
    }
    switch (n) {
      case "png": return Optional.of(PNG);
      case "jpg": case "jpeg": case "jpe": return Optional.of(JPEG);
      case "gif": return Optional.of(GIF);
      case "webp": return Optional.of(WEBP);
      case "bmp": case "x-ms-bmp": return Optional.of(BMP);
      default: return Optional.empty();
    }
  }

  /** Whether a browser or MCP client can show it inline (BMP previews are re-encoded). */
  public boolean previewable() {
    return this != BMP;
  }
}

package io.imageedit.image;

import io.imageedit.mcp.ToolException;
import io.vertx.core.buffer.Buffer;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Identifies images by their magic bytes (never by Content-Type or file name) and reads
 * their dimensions from the header, so limits are checked before anything is decoded.
 * Reads only the first few kilobytes: cheap enough for an event loop.
 */
public final class ImageSniffer {
  static final String SUPPORTED = "PNG, JPEG, GIF, WebP and BMP";

  private ImageSniffer() {
  }

  /** The format, or empty when the bytes are not one of the supported raster formats. */
  public static Optional<ImageFormat> sniff(Buffer b) {
    int n = b.length();
    if (n >= 8 && u8(b, 0) == 0x89 && ascii(b, 1, 3).equals("PNG") && u8(b, 4) == 0x0D
        && u8(b, 5) == 0x0A && u8(b, 6) == 0x1A && u8(b, 7) == 0x0A) {
      return Optional.of(ImageFormat.PNG);
    }
    if (n >= 3 && u8(b, 0) == 0xFF && u8(b, 1) == 0xD8 && u8(b, 2) == 0xFF) {
      return Optional.of(ImageFormat.JPEG);
    }
    if (n >= 6 && (ascii(b, 0, 6).equals("GIF87a") || ascii(b, 0, 6).equals("GIF89a"))) {
      return Optional.of(ImageFormat.GIF);
    }
    if (n >= 16 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
      return Optional.of(ImageFormat.WEBP);
    }
    if (n >= 26 && ascii(b, 0, 2).equals("BM")) {
      long dib = le32(b, 14);
      if (dib == 12 || dib == 40 || dib == 52 || dib == 56 || dib == 64 || dib == 108
          || dib == 124) {
        return Optional.of(ImageFormat.BMP);
      }
    }
    return Optional.empty();
  }

  /**
   * Format and dimensions, or a {@link ToolException} saying what the bytes are instead
   * ("SVG", "HTML", "PDF", ...) and which formats are accepted.
   */
  public static ImageHeader header(Buffer b) {
    ImageFormat format = sniff(b).orElseThrow(() -> new ToolException(
        "the data is " + describeNonImage(b) + ", not a supported image; send " + SUPPORTED));
    int[] size = switch (format) {
      case PNG -> pngSize(b);
      case JPEG -> jpegSize(b);
      case GIF -> new int[] {le16(b, 6), le16(b, 8)};
      case WEBP -> webpSize(b);
      case BMP -> bmpSize(b);
    };
    if (size == null || size[0] <= 0 || size[1] <= 0) {
      throw new ToolException("the " + format.wireName().toUpperCase(Locale.ROOT)
          + " image is truncated or corrupt (no readable size in its header)");
    }
    return new ImageHeader(format, size[0], size[1]);
  }

  /** Checks the header against the pixel limit; the message says how far over it is. */
  public static ImageHeader checkPixels(ImageHeader header, long maxPixels) {
    if (header.pixels() > maxPixels) {
      throw new ToolException("the image is " + header.width() + "x" + header.height() + " ("
          + megapixels(header.pixels()) + " MP); the limit is " + megapixels(maxPixels)
          + " MP. Use a smaller image");
    }
    return header;
  }

  public static String megapixels(long pixels) {
    double mp = pixels / 1_000_000.0;
    return mp >= 10 ? String.valueOf(Math.round(mp)) : String.format(Locale.ROOT, "%.1f", mp);
  }

  /** A short human name for bytes that are not a supported image. */
  static String describeNonImage(Buffer b) {
    if (b.length() == 0) {
      return "empty";
    }
    if (b.length() >= 4 && ascii(b, 0, 4).equals("%PDF")) {
      return "a PDF document";
    }
    if (b.length() >= 4 && (ascii(b, 0, 4).equals("II*\0") || ascii(b, 0, 4).equals("MM\0*"))) {
      return "a TIFF image (unsupported)";
    }
    if (b.length() >= 12 && ascii(b, 4, 4).equals("ftyp")) {
      String brand = ascii(b, 8, 4);
      return brand.startsWith("avi") ? "an AVIF image (unsupported)"
          : brand.startsWith("hei") || brand.startsWith("mif") ? "a HEIC image (unsupported)"
          : "a video or ISO media file";
    }
    if (b.length() >= 4 && u8(b, 0) == 0 && u8(b, 1) == 0 && u8(b, 2) == 1 && u8(b, 3) == 0) {
      return "an ICO icon (unsupported)";
    }
    String head = new String(b.getBytes(0, Math.min(b.length(), 512)), StandardCharsets.ISO_8859_1)
        .trim().toLowerCase(Locale.ROOT);
    if (head.contains("<svg")) {
      return "an SVG document (vector images are refused)";
    }
    if (head.startsWith("<!doctype html") || head.contains("<html") || head.contains("<head")
        || head.contains("<body")) {
      return "an HTML page (the URL may point to a web page rather than the image itself)";
    }
    if (head.startsWith("<?xml") || head.startsWith("<")) {
      return "an XML or markup document";
    }
    if (head.startsWith("{") || head.startsWith("[")) {
      return "JSON text";
    }
    return "not a recognised image";
  }

  private static int[] pngSize(Buffer b) {
    if (b.length() < 24 || !ascii(b, 12, 4).equals("IHDR")) {
      return null;
    }
    return new int[] {(int) Math.min(Integer.MAX_VALUE, be32(b, 16)),
        (int) Math.min(Integer.MAX_VALUE, be32(b, 20))};
  }

  /** Walks the marker segments to the first start-of-frame. */
  private static int[] jpegSize(Buffer b) {
    int i = 2;
    int n = b.length();
    while (i + 3 < n) {
      if (u8(b, i) != 0xFF) {
        return null;
      }
      int marker = u8(b, i + 1);
      if (marker == 0xFF) {
        i++;
        continue;
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
        i += 2;
        continue;
      }
      if (marker == 0xD9 || marker == 0xDA) {
        return null;
      }
      int length = be16(b, i + 2);
      boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF
          && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (startOfFrame) {
        if (i + 8 >= n) {
          return null;
        }
        return new int[] {be16(b, i + 7), be16(b, i + 5)};
      }
      if (length < 2) {
        return null;
      }
      i += 2 + length;
    }
    return null;
  }

  private static int[] webpSize(Buffer b) {
    String chunk = ascii(b, 12, 4);
    switch (chunk) {
      case "VP8 ":
        if (b.length() < 30) {
          return null;
        }
        return new int[] {le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF};
      case "VP8L":
        if (b.length() < 25) {
          return null;
        }
        long bits = le32(b, 21);
        return new int[] {(int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1};
      case "VP8X":
        if (b.length() < 30) {
          return null;
        }
        return new int[] {le24(b, 24) + 1, le24(b, 27) + 1};
      default:
        return null;
    }
  }

  private static int[] bmpSize(Buffer b) {
    if (le32(b, 14) == 12) {
      return new int[] {le16(b, 18), le16(b, 20)};
    }
    int w = b.getIntLE(18);
    int h = b.getIntLE(22);
    return new int[] {w, h == Integer.MIN_VALUE ? -1 : Math.abs(h)};
  }

  private static int u8(Buffer b, int i) {
    return b.getUnsignedByte(i);
  }

  private static int be16(Buffer b, int i) {
    return i + 1 < b.length() ? b.getUnsignedShort(i) : 0;
  }

  private static int le16(Buffer b, int i) {
    return i + 1 < b.length() ? b.getUnsignedShortLE(i) : 0;
  }

  private static int le24(Buffer b, int i) {
    return i + 2 < b.length() ? b.getUnsignedMediumLE(i) : 0;
  }

  private static long be32(Buffer b, int i) {
    return i + 3 < b.length() ? b.getUnsignedInt(i) : 0;
  }

  private static long le32(Buffer b, int i) {
    return i + 3 < b.length() ? b.getUnsignedIntLE(i) : 0;
  }

  private static String ascii(Buffer b, int offset, int len) {
    if (offset + len > b.length()) {
      return "";
    }
    return new String(b.getBytes(offset, offset + len), StandardCharsets.ISO_8859_1);
  }
}

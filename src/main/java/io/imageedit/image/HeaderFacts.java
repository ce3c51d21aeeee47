package io.imageedit.image;

import io.vertx.core.buffer.Buffer;

import java.nio.charset.StandardCharsets;

/** Facts read from container headers without decoding pixels: alpha channel, animation frames. */
final class HeaderFacts {
  private HeaderFacts() {
  }

  static boolean hasAlpha(Buffer b, ImageFormat format) {
    return switch (format) {
      case PNG -> b.length() > 25 && (b.getUnsignedByte(25) == 4 || b.getUnsignedByte(25) == 6
          || hasPngChunk(b, "tRNS"));
      case WEBP -> webpChunk(b).equals("VP8X") ? (b.getUnsignedByte(20) & 0x10) != 0
          : webpChunk(b).equals("VP8L") && b.length() > 24 && (b.getUnsignedByte(24) & 0x10) != 0;
      case GIF -> true;
      default -> false;
    };
  }

  /** Counts ANMF chunks of an animated WebP; 1 for a still one. */
  static int webpFrames(Buffer b) {
    int frames = 0;
    int i = 12;
    while (i + 8 <= b.length()) {
      String id = new String(b.getBytes(i, i + 4), StandardCharsets.ISO_8859_1);
      long size = b.getUnsignedIntLE(i + 4);
      if (id.equals("ANMF")) {
        frames++;
      }
      long next = i + 8 + size + (size & 1);
      if (next > Integer.MAX_VALUE || next <= i) {
        break;
      }
      i = (int) next;
    }
    return Math.max(1, frames);
  }

  private static String webpChunk(Buffer b) {
    return b.length() >= 16 ? new String(b.getBytes(12, 16), StandardCharsets.ISO_8859_1) : "";
  }

  private static boolean hasPngChunk(Buffer b, String type) {
    int i = 8;
    while (i + 8 <= b.length()) {
      long len = b.getUnsignedInt(i);
      String id = new String(b.getBytes(i + 4, i + 8), StandardCharsets.ISO_8859_1);
      if (id.equals(type)) {
        return true;
      }
      if (id.equals("IDAT") || id.equals("IEND")) {
        return false;
      }
      long next = i + 12 + len;
      if (next > Integer.MAX_VALUE) {
        return false;
      }
      i = (int) next;
    }
    return false;
  }
}

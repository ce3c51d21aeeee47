package io.imageedit.web;

import io.imageedit.image.ImageFormat;
import io.vertx.core.buffer.Buffer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Removes metadata (EXIF with GPS, XMP, IPTC, comments, text chunks) from an image file by
 * dropping whole container blocks, without decoding pixels: quality is kept bit for bit,
 * animations survive, and bytes after the image's end (a common polyglot hiding place)
 * are cut off. Colour information needed to show the image (ICC profiles, gamma,
 * transparency, Adobe colour transform) is kept.
 *
 * <p>Returns empty when the file cannot be stripped this way and must be re-encoded
 * instead: a JPEG whose EXIF orientation rotates it (dropping the EXIF would show it
 * turned), or a structure this walker does not follow.
 * Pure function over bytes; call it off the event loop for large files.
 */
final class MetadataStripper {
  /** PNG ancillary chunks needed to render correctly (plus APNG animation); all others go. */
  private static final Set<String> PNG_KEEP = Set.of(
      "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD",
      "pHYs", "hIST", "cICP", "mDCv", "cLLi", "acTL", "fcTL", "fdAT");

  private MetadataStripper() {
  }

  /**
   * @param orientation EXIF orientation (1 = none); a JPEG with another value needs a
   *                    re-encode, because dropping its EXIF would show it turned
   */
  static Optional<Buffer> strip(Buffer image, ImageFormat format, int orientation) {
    byte[] in = image.getBytes();
    try {
      byte[] out = switch (format) {
        case PNG -> png(in);
        case JPEG -> orientation == 1 ? jpeg(in) : null;
        case GIF -> gif(in);
        case WEBP -> webp(in);
        case BMP -> in;
      };
      return Optional.ofNullable(out).map(Buffer::buffer);
    } catch (IndexOutOfBoundsException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private static byte[] png(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 8);
    int i = 8;
    while (true) {
      long length = be32(in, i);
      String type = new String(in, i + 4, 4, StandardCharsets.ISO_8859_1);
      int total = Math.toIntExact(12 + length);
      check(i + total <= in.length);
      if (PNG_KEEP.contains(type)) {
        out.write(in, i, total);
      }
      i += total;
      if (type.equals("IEND")) {
        return out.toByteArray();
      }
    }
  }

  private static byte[] jpeg(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    check(u8(in, 0) == 0xFF && u8(in, 1) == 0xD8);
    out.write(in, 0, 2);
    int i = 2;
    while (true) {
      check(u8(in, i) == 0xFF);
      int marker = u8(in, i + 1);
      if (marker == 0xFF) {
        i++;
        continue;
      }
      if (marker == 0xD9) {
        out.write(in, i, 2);
        return out.toByteArray();
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        out.write(in, i, 2);
        i += 2;
        continue;
      }
      int length = (u8(in, i + 2) << 8) | u8(in, i + 3);
      check(length >= 2 && i + 2 + length <= in.length);
      int end = i + 2 + length;
      if (keepJpegSegment(in, marker, i + 4, end)) {
        out.write(in, i, end - i);
      }
      i = end;
      if (marker == 0xDA) {
        // Entropy-coded data: runs to the next marker that is not a stuffed 0xFF00 or a restart.
        int start = i;
        while (!(u8(in, i) == 0xFF && u8(in, i + 1) != 0x00
            && !(u8(in, i + 1) >= 0xD0 && u8(in, i + 1) <= 0xD7))) {
          i++;
        }
        out.write(in, start, i - start);
      }
    }
  }

  /** APP0 (JFIF), APP2 only for ICC profiles, APP14 (Adobe colour) and non-APP segments stay. */
  private static boolean keepJpegSegment(byte[] in, int marker, int dataStart, int end) {
    if (marker == 0xFE) {
      return false;
    }
    if (marker < 0xE0 || marker > 0xEF) {
      return true;
    }
    if (marker == 0xE0 || marker == 0xEE) {
      return true;
    }
    return marker == 0xE2 && startsWith(in, dataStart, end, "ICC_PROFILE\0");
  }

  private static byte[] gif(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    int flags = u8(in, 10);
    int i = 13 + ((flags & 0x80) != 0 ? 3 * (1 << ((flags & 0x07) + 1)) : 0);
    check(i <= in.length);
    out.write(in, 0, i);
    while (true) {
      int block = u8(in, i);
      if (block == 0x3B) {
        out.write(0x3B);
        return out.toByteArray();
      }
      if (block == 0x2C) {
        int localFlags = u8(in, i + 9);
        int header = 10 + ((localFlags & 0x80) != 0 ? 3 * (1 << ((localFlags & 0x07) + 1)) : 0);
        int end = skipSubBlocks(in, i + header + 1);
        out.write(in, i, end - i);
        i = end;
      } else if (block == 0x21) {
        int label = u8(in, i + 1);
        int end = skipSubBlocks(in, i + 2);
        boolean keep = label == 0xF9 || label == 0x01
            || (label == 0xFF && (startsWith(in, i + 3, end, "NETSCAPE2.0")
                || startsWith(in, i + 3, end, "ANIMEXTS1.0")));
        if (keep) {
          out.write(in, i, end - i);
        }
        i = end;
      } else {
        throw new IllegalStateException("unknown GIF block");
      }
    }
  }

  private static int skipSubBlocks(byte[] in, int i) {
    while (true) {
      int size = u8(in, i);
      i += 1 + size;
      if (size == 0) {
        check(i <= in.length);
        return i;
      }
    }
  }

  private static byte[] webp(byte[] in) {
    long riffSize = le32(in, 4);
    int end = Math.toIntExact(Math.min(in.length, 8 + riffSize));
    ByteArrayOutputStream body = new ByteArrayOutputStream(in.length);
    body.write(in, 8, 4);
    int i = 12;
    int vp8xAt = -1;
    while (i + 8 <= end) {
      String type = new String(in, i, 4, StandardCharsets.ISO_8859_1);
      int size = Math.toIntExact(le32(in, i + 4));
      int total = 8 + size + (size & 1);
      check(i + 8 + size <= end);
      total = Math.min(total, end - i);
      if (!type.equals("EXIF") && !type.equals("XMP ")) {
        if (type.equals("VP8X")) {
          vp8xAt = body.size() + 8;
        }
        body.write(in, i, total);
      }
      i += total;
    }
    byte[] chunks = body.toByteArray();
    if (vp8xAt >= 0) {
      chunks[vp8xAt] &= (byte) ~0x0C; // clear the EXIF (0x08) and XMP (0x04) flags
    }
    byte[] out = new byte[8 + chunks.length];
    System.arraycopy(in, 0, out, 0, 4);
    int size = chunks.length;
    out[4] = (byte) size;
    out[5] = (byte) (size >>> 8);
    out[6] = (byte) (size >>> 16);
    out[7] = (byte) (size >>> 24);
    System.arraycopy(chunks, 0, out, 8, chunks.length);
    return out;
  }

  private static boolean startsWith(byte[] in, int at, int end, String prefix) {
    byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
    if (at + p.length > end) {
      return false;
    }
    for (int k = 0; k < p.length; k++) {
      if (in[at + k] != p[k]) {
        return false;
      }
    }
    return true;
  }

  private static void check(boolean ok) {
    if (!ok) {
      throw new IllegalStateException("unexpected structure");
    }
  }

  private static int u8(byte[] in, int i) {
    return in[i] & 0xFF;
  }

  private static long be32(byte[] in, int i) {
    return ((long) u8(in, i) << 24) | (u8(in, i + 1) << 16) | (u8(in, i + 2) << 8) | u8(in, i + 3);
  }

  private static long le32(byte[] in, int i) {
    return ((long) u8(in, i + 3) << 24) | (u8(in, i + 2) << 16) | (u8(in, i + 1) << 8) | u8(in, i);
  }
}

package io.imageedit.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * PNG writer for 8-bit RGB/RGBA: per-row adaptive filtering (None, Sub, Up, Paeth; least sum
 * of absolute values, as libpng does) and deflate split into independent slices compressed in
 * parallel, each primed with the 32 KB before it, then joined into one zlib stream (the
 * technique of pigz). Output is an ordinary PNG; the JDK writer, by contrast, deflates on one
 * core and dominated the time of PNG results.
 */
final class PngEncoder {
  private static final int WINDOW = 32 * 1024;

  private PngEncoder() {
  }

  static byte[] encode(BufferedImage img, boolean opaque, int level) {
    int w = img.getWidth();
    int h = img.getHeight();
    int channels = opaque ? 3 : 4;
    int stride = 1 + w * channels;
    byte[] filtered = new byte[stride * h];
    int bands = Math.max(1, Math.min(h / 16, Runtime.getRuntime().availableProcessors() * 2));
    int per = (h + bands - 1) / bands;
    IntStream.range(0, bands).parallel().forEach(i -> filterBand(img, i * per,
        Math.min(h, (i + 1) * per), channels, filtered, stride));
    byte[] zlib = deflate(filtered, level);
    ByteArrayOutputStream out = new ByteArrayOutputStream(zlib.length + 128);
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8)
        .put((byte) (opaque ? 2 : 6)).put((byte) 0).put((byte) 0).put((byte) 0).array());
    chunk(out, "IDAT", zlib);
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /** Filters rows [from, to): raw RGB(A) of each row, then the best of four filters. */
  private static void filterBand(BufferedImage img, int from, int to, int ch, byte[] out,
      int stride) {
    byte[] prev = from > 0 ? row(img, from - 1, ch) : new byte[stride - 1];
    int n = stride - 1;
    byte[][] cand = new byte[4][n];
    for (int y = from; y < to; y++) {
      byte[] cur = row(img, y, ch);
      long[] sums = new long[4];
      byte[] none = cand[0];
      byte[] sub = cand[1];
      byte[] up = cand[2];
      byte[] pae = cand[3];
      long s0 = 0;
      long s1 = 0;
      long s2 = 0;
      long s3 = 0;
      for (int i = 0; i < n; i++) {
        int x = cur[i] & 0xFF;
        int a = i >= ch ? cur[i - ch] & 0xFF : 0;
        int bb = prev[i] & 0xFF;
        int c = i >= ch ? prev[i - ch] & 0xFF : 0;
        byte v0 = (byte) x;
        byte v1 = (byte) (x - a);
        byte v2 = (byte) (x - bb);
        byte v3 = (byte) (x - paeth(a, bb, c));
        none[i] = v0;
        sub[i] = v1;
        up[i] = v2;
        pae[i] = v3;
        s0 += Math.abs(v0);
        s1 += Math.abs(v1);
        s2 += Math.abs(v2);
        s3 += Math.abs(v3);
      }
      sums[0] = s0;
      sums[1] = s1;
      sums[2] = s2;
      sums[3] = s3;
      int best = 0;
      for (int k = 1; k < 4; k++) {
        if (sums[k] < sums[best]) {
          best = k;
        }
      }
      int at = y * stride;
      out[at] = (byte) (best == 3 ? 4 : best);
      System.arraycopy(cand[best], 0, out, at + 1, n);
      prev = cur;
    }
  }

  private static int paeth(int a, int b, int c) {
    int p = a + b - c;
    int pa = Math.abs(p - a);
    int pb = Math.abs(p - b);
    int pc = Math.abs(p - c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
  }

  /** One row as R,G,B[,A] bytes, from the layouts our images come in. */
  private static byte[] row(BufferedImage img, int y, int ch) {
    int w = img.getWidth();
    byte[] r = new byte[w * ch];
    var buffer = img.getRaster().getDataBuffer();
    boolean plain = img.getRaster().getParent() == null
        && img.getRaster().getSampleModelTranslateX() == 0
        && img.getRaster().getSampleModelTranslateY() == 0;
    if (plain && img.getType() == BufferedImage.TYPE_3BYTE_BGR && buffer instanceof DataBufferByte b
        && b.getData().length == w * img.getHeight() * 3) {
      byte[] s = b.getData();
      for (int x = 0, si = y * w * 3, di = 0; x < w; x++, si += 3, di += ch) {
        r[di] = s[si + 2];
        r[di + 1] = s[si + 1];
        r[di + 2] = s[si];
        if (ch == 4) {
          r[di + 3] = (byte) 0xFF;
        }
      }
      return r;
    }
    int[] px;
    if (plain && buffer instanceof DataBufferInt d && d.getData().length == w * img.getHeight()
        && (img.getType() == BufferedImage.TYPE_INT_ARGB
            || img.getType() == BufferedImage.TYPE_INT_RGB)) {
      px = Arrays.copyOfRange(d.getData(), y * w, y * w + w);
      if (img.getType() == BufferedImage.TYPE_INT_RGB) {
        for (int x = 0; x < w; x++) {
          px[x] |= 0xFF000000;
        }
      }
    } else {
      px = img.getRGB(0, y, w, 1, null, 0, w);
    }
    for (int x = 0, di = 0; x < w; x++, di += ch) {
      int p = px[x];
      r[di] = (byte) (p >> 16);
      r[di + 1] = (byte) (p >> 8);
      r[di + 2] = (byte) p;
      if (ch == 4) {
        r[di + 3] = (byte) (p >>> 24);
      }
    }
    return r;
  }

  /** zlib stream of {@code data}, its raw-deflate slices compressed in parallel. */
  static byte[] deflate(byte[] data, int level) {
    int slices = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors() * 2,
        data.length / (256 * 1024)));
    int size = (data.length + slices - 1) / slices;
    byte[][] parts = new byte[slices][];
    IntStream.range(0, slices).parallel().forEach(i -> {
      int from = i * size;
      int to = Math.min(data.length, from + size);
      Deflater d = new Deflater(level, true);
      try {
        if (from > 0) {
          int dict = Math.min(WINDOW, from);
          d.setDictionary(data, from - dict, dict);
        }
        d.setInput(data, from, to - from);
        boolean last = i == slices - 1;
        if (last) {
          d.finish();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, (to - from) / 2));
        byte[] buf = new byte[64 * 1024];
        while (true) {
          int n = last ? d.deflate(buf) : d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
          out.write(buf, 0, n);
          if (last ? d.finished() : (n < buf.length && d.needsInput())) {
            break;
          }
        }
        parts[i] = out.toByteArray();
      } finally {
        d.end();
      }
    });
    Adler32 adler = new Adler32();
    adler.update(data);
    int total = 2 + 4;
    for (byte[] p : parts) {
      total += p.length;
    }
    ByteBuffer z = ByteBuffer.allocate(total);
    z.put((byte) 0x78).put((byte) 0x9C);
    for (byte[] p : parts) {
      z.put(p);
    }
    z.putInt((int) adler.getValue());
    return z.array();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(t);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}

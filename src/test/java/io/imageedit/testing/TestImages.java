package io.imageedit.testing;

import com.sksamuel.scrimage.ImmutableImage;
import com.sksamuel.scrimage.nio.JpegWriter;
import com.sksamuel.scrimage.nio.PngWriter;
import io.vertx.core.buffer.Buffer;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Generated test images with known pixels, and a decoder to check results pixel by pixel. */
public final class TestImages {
  public static final int MARK = 0xFFFF0000;
  public static final int BACKGROUND = 0xFF0000FF;

  private TestImages() {
  }

  /** A blue w x h PNG with one red pixel at (x, y). */
  public static Buffer pngWithMark(int w, int h, int x, int y) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    for (int j = 0; j < h; j++) {
      for (int i = 0; i < w; i++) {
        img.setRGB(i, j, BACKGROUND);
      }
    }
    img.setRGB(x, y, MARK);
    return png(img);
  }

  /** A PNG whose every pixel encodes its coordinates: red = x, green = y (for w, h <= 256). */
  public static Buffer coordinatePng(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    for (int j = 0; j < h; j++) {
      for (int i = 0; i < w; i++) {
        img.setRGB(i, j, 0xFF000000 | (i & 0xFF) << 16 | (j & 0xFF) << 8);
      }
    }
    return png(img);
  }

  /** Seeded random colours: compresses badly, so encoded sizes stay large. */
  public static Buffer noisePng(int w, int h) {
    java.util.Random random = new java.util.Random(42);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int j = 0; j < h; j++) {
      for (int i = 0; i < w; i++) {
        img.setRGB(i, j, random.nextInt(0x1000000));
      }
    }
    return png(img);
  }

  public static Buffer png(BufferedImage img) {
    try {
      return Buffer.buffer(ImmutableImage.wrapAwt(img).forWriter(PngWriter.MinCompression).bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A smooth gradient JPEG of the given size. */
  public static Buffer jpeg(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int j = 0; j < h; j++) {
      for (int i = 0; i < w; i++) {
        img.setRGB(i, j, new Color(i * 255 / w, j * 255 / h, 128).getRGB());
      }
    }
    try {
      return Buffer.buffer(ImmutableImage.wrapAwt(img).forWriter(JpegWriter.compression(90)).bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JPEG with an EXIF block: Orientation = {@code orientation}, Make = "TestCam". */
  public static Buffer jpegWithExif(int w, int h, int orientation) {
    Buffer tiff = Buffer.buffer("MM").appendShort((short) 42).appendInt(8)
        .appendShort((short) 2)
        .appendShort((short) 0x010F).appendShort((short) 2).appendInt(8).appendInt(38)
        .appendShort((short) 0x0112).appendShort((short) 3).appendInt(1)
        .appendShort((short) orientation).appendShort((short) 0)
        .appendInt(0)
        .appendString("TestCam\0");
    Buffer app1 = Buffer.buffer().appendByte((byte) 0xFF).appendByte((byte) 0xE1)
        .appendShort((short) (2 + 6 + tiff.length())).appendString("Exif\0\0").appendBuffer(tiff);
    Buffer plain = jpeg(w, h);
    return Buffer.buffer().appendBuffer(plain.slice(0, 2)).appendBuffer(app1)
        .appendBuffer(plain.slice(2, plain.length()));
  }

  public static Buffer encode(BufferedImage img, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, format, out);
      return Buffer.buffer(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static BufferedImage decode(Buffer bytes) {
    try {
      return ImmutableImage.loader().fromBytes(bytes.getBytes()).awt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The only pixel equal to {@link #MARK}, as {x, y}; fails when there is not exactly one. */
  public static int[] findMark(BufferedImage img) {
    int[] found = null;
    for (int j = 0; j < img.getHeight(); j++) {
      for (int i = 0; i < img.getWidth(); i++) {
        if (img.getRGB(i, j) == MARK) {
          if (found != null) {
            throw new AssertionError("more than one marked pixel");
          }
          found = new int[] {i, j};
        }
      }
    }
    if (found == null) {
      throw new AssertionError("no marked pixel");
    }
    return found;
  }
}

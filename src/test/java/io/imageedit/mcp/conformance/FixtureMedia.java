package io.imageedit.mcp.conformance;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import javax.imageio.ImageIO;

/** The tiny media files the conformance scenarios ask for, built once in memory. */
final class FixtureMedia {
  /** A 1x1 red PNG, base64. */
  static final String RED_PIXEL_PNG = Base64.getEncoder().encodeToString(redPixelPng());
  /** 0.01 s of 8 kHz mono 16-bit silence as a WAV file, base64. */
  static final String SILENT_WAV = Base64.getEncoder().encodeToString(silentWav(80));

  private FixtureMedia() {
  }

  private static byte[] redPixelPng() {
    BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0xFF0000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] silentWav(int samples) {
    int dataBytes = samples * 2;
    ByteBuffer wav = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    wav.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
    wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1)
        .putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16);
    wav.put("data".getBytes()).putInt(dataBytes);
    return wav.array();
  }
}

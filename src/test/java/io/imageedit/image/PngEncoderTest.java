package io.imageedit.image;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The parallel PNG encoder writes files that decode to exactly the input pixels")
class PngEncoderTest {

  @Test
  @DisplayName("RGB from 3-byte BGR and RGBA from packed ints survive a round trip, across deflate slices")
  void roundTrip() throws Exception {
    Random random = new Random(7);
    BufferedImage argb = new BufferedImage(640, 480, BufferedImage.TYPE_INT_ARGB);
    BufferedImage bgr = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
    for (int y = 0; y < 480; y++) {
      for (int x = 0; x < 640; x++) {
        // Half noise, half gradient, so every filter type gets chosen somewhere.
        int rgb = x < 320 ? random.nextInt() : (x << 16 | y << 8 | (x ^ y));
        argb.setRGB(x, y, rgb);
        bgr.setRGB(x, y, rgb);
      }
    }
    byte[] rgba = PngEncoder.encode(argb, false, 4);
    byte[] rgb = PngEncoder.encode(bgr, true, 4);
    assertTrue(rgb.length > 256 * 1024, "too small to span several deflate slices");
    BufferedImage a = ImageIO.read(new ByteArrayInputStream(rgba));
    BufferedImage b = ImageIO.read(new ByteArrayInputStream(rgb));
    assertTrue(a.getColorModel().hasAlpha());
    for (int y = 0; y < 480; y++) {
      for (int x = 0; x < 640; x++) {
        assertEquals(argb.getRGB(x, y), a.getRGB(x, y), "RGBA at " + x + "," + y);
        assertEquals(bgr.getRGB(x, y), b.getRGB(x, y), "RGB at " + x + "," + y);
      }
    }
  }
}

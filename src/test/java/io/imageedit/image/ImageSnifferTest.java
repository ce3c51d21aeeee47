package io.imageedit.image;

import io.imageedit.mcp.ToolException;
import io.imageedit.testing.TestImages;
import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The sniffer identifies images by magic bytes and reads their size from the header")
class ImageSnifferTest {

  @Test
  @DisplayName("PNG, JPEG, GIF and BMP are recognised with their dimensions")
  void formatsAndSizes() {
    BufferedImage img = new BufferedImage(37, 21, BufferedImage.TYPE_INT_RGB);
    assertEquals(new ImageHeader(ImageFormat.PNG, 37, 21),
        ImageSniffer.header(TestImages.png(img)));
    assertEquals(new ImageHeader(ImageFormat.JPEG, 123, 45),
        ImageSniffer.header(TestImages.jpeg(123, 45)));
    assertEquals(new ImageHeader(ImageFormat.GIF, 37, 21),
        ImageSniffer.header(TestImages.encode(img, "gif")));
    assertEquals(new ImageHeader(ImageFormat.BMP, 37, 21),
        ImageSniffer.header(TestImages.encode(img, "bmp")));
  }

  @Test
  @DisplayName("WebP headers of all three kinds (VP8, VP8L, VP8X) give their size")
  void webp() {
    Buffer vp8x = Buffer.buffer("RIFF").appendIntLE(100).appendString("WEBPVP8X")
        .appendIntLE(10).appendIntLE(0).appendMediumLE(1999).appendMediumLE(999);
    assertEquals(new ImageHeader(ImageFormat.WEBP, 2000, 1000), ImageSniffer.header(vp8x));
    Buffer vp8l = Buffer.buffer("RIFF").appendIntLE(100).appendString("WEBPVP8L")
        .appendIntLE(10).appendByte((byte) 0x2f).appendIntLE((int) ((299L) | (199L << 14)));
    assertEquals(new ImageHeader(ImageFormat.WEBP, 300, 200), ImageSniffer.header(vp8l));
  }

  @Test
  @DisplayName("SVG, HTML, PDF, TIFF and empty bodies are refused with a message naming what they are")
  void nonImages() {
    assertMessage("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>", "SVG");
    assertMessage("<!DOCTYPE html><html><body>hi</body></html>", "HTML page");
    assertMessage("%PDF-1.7 ...", "PDF");
    assertMessage("II*\0....", "TIFF");
    assertMessage("", "empty");
    ToolException e = assertThrows(ToolException.class,
        () -> ImageSniffer.header(Buffer.buffer("hello world")));
    assertTrue(e.getMessage().contains("PNG, JPEG, GIF, WebP and BMP"), e.getMessage());
  }

  @Test
  @DisplayName("a 60000x60000 PNG header is refused by the pixel limit before any decoding")
  void pixelBomb() {
    Buffer bomb = pngHeader(60000, 60000);
    assertTrue(bomb.length() < 1024);
    ImageHeader header = ImageSniffer.header(bomb);
    assertEquals(3_600_000_000L, header.pixels());
    ToolException e = assertThrows(ToolException.class,
        () -> ImageSniffer.checkPixels(header, 50_000_000));
    assertEquals("the image is 60000x60000 (3600 MP); the limit is 50 MP. Use a smaller image",
        e.getMessage());
  }

  /** Signature + a valid IHDR chunk claiming the given size, and nothing else. */
  public static Buffer pngHeader(int w, int h) {
    Buffer ihdr = Buffer.buffer("IHDR").appendInt(w).appendInt(h)
        .appendBytes(new byte[] {8, 6, 0, 0, 0});
    CRC32 crc = new CRC32();
    crc.update(ihdr.getBytes());
    return Buffer.buffer(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})
        .appendInt(13).appendBuffer(ihdr).appendInt((int) crc.getValue())
        .appendInt(0).appendString("IDAT").appendInt(0);
  }

  private static void assertMessage(String body, String expected) {
    ToolException e = assertThrows(ToolException.class,
        () -> ImageSniffer.header(Buffer.buffer(body)));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}

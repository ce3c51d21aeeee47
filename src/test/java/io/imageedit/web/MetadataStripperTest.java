package io.imageedit.web;

import io.imageedit.image.ImageFormat;
import io.imageedit.testing.TestImages;
import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("MetadataStripper drops metadata blocks and keeps every image block")
class MetadataStripperTest {

  @Test
  @DisplayName("GIF comment and XMP extensions go; the image data stays byte for byte")
  void gif() {
    Buffer plain = TestImages.encode(TestImages.decode(TestImages.pngWithMark(9, 7, 1, 1)), "gif");
    Buffer tagged = MetadataSamples.gifWithComment(plain);
    Buffer out = MetadataStripper.strip(tagged, ImageFormat.GIF, 1).orElseThrow();
    assertArrayEquals(plain.getBytes(), out.getBytes());
  }

  @Test
  @DisplayName("bytes after the end of a PNG or JPEG are cut off")
  void trailingData() {
    Buffer png = TestImages.pngWithMark(5, 5, 0, 0);
    Buffer jpeg = TestImages.jpeg(10, 10);
    Buffer trailer = Buffer.buffer("PK\3\4 zip archive appended");
    assertArrayEquals(png.getBytes(), MetadataStripper.strip(png.copy().appendBuffer(trailer),
        ImageFormat.PNG, 1).orElseThrow().getBytes());
    assertArrayEquals(jpeg.getBytes(), MetadataStripper.strip(jpeg.copy().appendBuffer(trailer),
        ImageFormat.JPEG, 1).orElseThrow().getBytes());
  }

  @Test
  @DisplayName("a JPEG turned by EXIF orientation is left to a re-encode")
  void orientation() {
    Buffer tagged = MetadataSamples.jpegWithGpsAndComment(TestImages.jpeg(10, 10), 6);
    assertTrue(MetadataStripper.strip(tagged, ImageFormat.JPEG, 6).isEmpty());
  }

  @Test
  @DisplayName("WebP EXIF and XMP chunks go and the VP8X flags and RIFF size follow")
  void webp() {
    Buffer vp8l = Buffer.buffer().appendString("VP8L").appendUnsignedIntLE(5)
        .appendBytes(new byte[] {0x2F, 0, 0, 0, 0}).appendByte((byte) 0);
    Buffer vp8x = Buffer.buffer().appendString("VP8X").appendUnsignedIntLE(10)
        .appendBytes(new byte[] {0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    Buffer exif = Buffer.buffer().appendString("EXIF").appendUnsignedIntLE(3)
        .appendBytes("GPS".getBytes(StandardCharsets.ISO_8859_1)).appendByte((byte) 0);
    Buffer xmp = Buffer.buffer().appendString("XMP ").appendUnsignedIntLE(4).appendString("<x/>");
    Buffer chunks = Buffer.buffer().appendString("WEBP").appendBuffer(vp8x).appendBuffer(vp8l)
        .appendBuffer(exif).appendBuffer(xmp);
    Buffer file = Buffer.buffer().appendString("RIFF").appendUnsignedIntLE(chunks.length())
        .appendBuffer(chunks);
    Buffer out = MetadataStripper.strip(file, ImageFormat.WEBP, 1).orElseThrow();
    String text = out.toString(StandardCharsets.ISO_8859_1);
    assertTrue(!text.contains("EXIF") && !text.contains("XMP "), text);
    assertEquals(out.length() - 8, out.getIntLE(4), "RIFF size");
    assertEquals(0, out.getByte(20) & 0x0C, "EXIF and XMP flags cleared");
    assertEquals(4 + vp8x.length() + vp8l.length(), out.length() - 8);
  }
}

package io.imageedit.web;

import io.vertx.core.buffer.Buffer;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Test files with metadata written byte by byte, so the tests know exactly what is in them. */
final class MetadataSamples {
  static final String COMMENT = "taken at 51.5074N 0.1278W by Alice";

  private MetadataSamples() {
  }

  /**
   * The JPEG with, right after SOI, an EXIF APP1 (orientation and a GPS IFD with a latitude)
   * and a COM segment.
   */
  static Buffer jpegWithGpsAndComment(Buffer jpeg, int orientation) {
    Buffer tiff = Buffer.buffer();
    tiff.appendString("MM").appendUnsignedShort(42).appendUnsignedInt(8);
    // IFD0 at 8: two entries (Orientation, GPSInfo pointer), then next-IFD 0.
    tiff.appendUnsignedShort(2);
    tiff.appendUnsignedShort(0x0112).appendUnsignedShort(3).appendUnsignedInt(1)
        .appendUnsignedShort(orientation).appendUnsignedShort(0);
    int gpsOffset = 8 + 2 + 2 * 12 + 4;
    tiff.appendUnsignedShort(0x8825).appendUnsignedShort(4).appendUnsignedInt(1)
        .appendUnsignedInt(gpsOffset);
    tiff.appendUnsignedInt(0);
    // GPS IFD: GPSLatitudeRef "N" and GPSLatitude 51/1 30/1 2664/100, then next-IFD 0.
    int latitudeData = gpsOffset + 2 + 2 * 12 + 4;
    tiff.appendUnsignedShort(2);
    tiff.appendUnsignedShort(0x0001).appendUnsignedShort(2).appendUnsignedInt(2)
        .appendBytes(new byte[] {'N', 0, 0, 0});
    tiff.appendUnsignedShort(0x0002).appendUnsignedShort(5).appendUnsignedInt(3)
        .appendUnsignedInt(latitudeData);
    tiff.appendUnsignedInt(0);
    tiff.appendUnsignedInt(51).appendUnsignedInt(1).appendUnsignedInt(30).appendUnsignedInt(1)
        .appendUnsignedInt(2664).appendUnsignedInt(100);
    Buffer exif = Buffer.buffer("Exif\0\0").appendBuffer(tiff);
    Buffer comment = Buffer.buffer(COMMENT.getBytes(StandardCharsets.ISO_8859_1));
    return Buffer.buffer()
        .appendBuffer(jpeg.getBuffer(0, 2))
        .appendUnsignedByte((short) 0xFF).appendUnsignedByte((short) 0xE1)
        .appendUnsignedShort(exif.length() + 2).appendBuffer(exif)
        .appendUnsignedByte((short) 0xFF).appendUnsignedByte((short) 0xFE)
        .appendUnsignedShort(comment.length() + 2).appendBuffer(comment)
        .appendBuffer(jpeg.getBuffer(2, jpeg.length()));
  }

  /** The PNG with a tEXt chunk inserted after IHDR. */
  static Buffer pngWithText(Buffer png, String keyword, String text) {
    byte[] data = (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
    Buffer chunk = Buffer.buffer().appendUnsignedInt(data.length).appendString("tEXt")
        .appendBytes(data);
    CRC32 crc = new CRC32();
    crc.update(chunk.getBytes(4, chunk.length()));
    chunk.appendUnsignedInt(crc.getValue());
    int afterIhdr = 8 + 12 + 13;
    return Buffer.buffer().appendBuffer(png.getBuffer(0, afterIhdr)).appendBuffer(chunk)
        .appendBuffer(png.getBuffer(afterIhdr, png.length()));
  }

  /** A GIF with a comment extension and an XMP application extension before its first image. */
  static Buffer gifWithComment(Buffer gif) {
    int flags = gif.getUnsignedByte(10);
    int firstBlock = 13 + ((flags & 0x80) != 0 ? 3 * (1 << ((flags & 0x07) + 1)) : 0);
    byte[] text = COMMENT.getBytes(StandardCharsets.ISO_8859_1);
    Buffer comment = Buffer.buffer().appendUnsignedByte((short) 0x21)
        .appendUnsignedByte((short) 0xFE).appendUnsignedByte((short) text.length).appendBytes(text)
        .appendUnsignedByte((short) 0);
    byte[] xmp = "<x:xmpmeta>GPS 51N</x:xmpmeta>".getBytes(StandardCharsets.ISO_8859_1);
    Buffer app = Buffer.buffer().appendUnsignedByte((short) 0x21).appendUnsignedByte((short) 0xFF)
        .appendUnsignedByte((short) 11).appendString("XMP DataXMP")
        .appendUnsignedByte((short) xmp.length).appendBytes(xmp).appendUnsignedByte((short) 0);
    return Buffer.buffer().appendBuffer(gif.getBuffer(0, firstBlock)).appendBuffer(comment)
        .appendBuffer(app).appendBuffer(gif.getBuffer(firstBlock, gif.length()));
  }
}

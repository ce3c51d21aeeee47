package io.imageedit.image;

/**
 * What the first bytes of an image say, read without decoding any pixels.
 *
 * @param format the sniffed format
 * @param width  stored width in pixels (before any EXIF rotation)
 * @param height stored height in pixels
 */
public record ImageHeader(ImageFormat format, int width, int height) {
  public long pixels() {
    return (long) width * height;
  }
}

package io.imageedit.image;

import java.util.Locale;

/**
 * A crop rectangle in pixels, computed from corner coordinates the way the original server
 * mapped the vision model's 0..999 grid: {@code pixel = floor(v / 1000 * size)}; reversed
 * corners are swapped, the box is clamped to the image, an empty box is refused.
 */
public record CropBox(int x, int y, int width, int height) {

  /** Units the corners may be given in. */
  public enum Unit {
    /** 0..999 grid of vision models (the default). */
    NORMALIZED(1000),
    /** 0..100 percent of the side. */
    PERCENT(100),
    /** Plain pixels. */
    PIXEL(0);

    private final double scale;

    Unit(double scale) {
      this.scale = scale;
    }

    public static Unit parse(String name) {
      if (name == null || name.isBlank()) {
        return NORMALIZED;
      }
      try {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ImageJobException(ImageJobException.BAD_PARAMS, "unit must be \"normalized\""
            + " (0..999 grid), \"percent\" or \"pixel\", got \"" + name + "\"");
      }
    }

    int toPixel(double v, int size) {
      double p = scale == 0 ? Math.floor(v) : Math.floor(v / scale * size);
      return (int) Math.max(0, Math.min(size, p));
    }
  }

  public static CropBox of(double x1, double y1, double x2, double y2, Unit unit,
      int imageWidth, int imageHeight) {
    int left = unit.toPixel(Math.min(x1, x2), imageWidth);
    int right = unit.toPixel(Math.max(x1, x2), imageWidth);
    int top = unit.toPixel(Math.min(y1, y2), imageHeight);
    int bottom = unit.toPixel(Math.max(y1, y2), imageHeight);
    if (right <= left || bottom <= top) {
      throw new ImageJobException(ImageJobException.BAD_PARAMS, String.format(Locale.ROOT,
          "the crop area is empty: corners (%s,%s)-(%s,%s) in %s units map to %dx%d pixels of a"
              + " %dx%d image; give two corners that enclose at least one pixel",
          num(x1), num(y1), num(x2), num(y2), unit.name().toLowerCase(Locale.ROOT),
          right - left, bottom - top, imageWidth, imageHeight));
    }
    return new CropBox(left, top, right - left, bottom - top);
  }

  private static String num(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}

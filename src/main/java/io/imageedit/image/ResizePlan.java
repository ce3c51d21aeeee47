package io.imageedit.image;

import java.util.Locale;

/**
 * Target size of a resize: the scaled size, and the final canvas (different only for
 * {@code cover}, which scales to fill and then centre-crops).
 */
record ResizePlan(int scaleWidth, int scaleHeight, int width, int height) {

  static ResizePlan of(int w, int h, Integer width, Integer height, String mode, Double scale) {
    String m = mode == null ? "fit" : mode.toLowerCase(Locale.ROOT);
    if (m.equals("scale")) {
      if (scale == null || !(scale > 0) || scale > 100) {
        throw bad("mode \"scale\" needs scale, a factor above 0 (0.5 halves, 2 doubles)");
      }
      int sw = Math.max(1, (int) Math.round(w * scale));
      int sh = Math.max(1, (int) Math.round(h * scale));
      return new ResizePlan(sw, sh, sw, sh);
    }
    if (width == null && height == null) {
      throw bad("give width, height or both (or mode \"scale\" with scale)");
    }
    if ((width != null && width < 1) || (height != null && height < 1)) {
      throw bad("width and height must be at least 1 pixel");
    }
    if (width == null || height == null) {
      // One side given: every mode keeps the aspect ratio.
      double f = width != null ? (double) width / w : (double) height / h;
      int sw = width != null ? width : Math.max(1, (int) Math.round(w * f));
      int sh = height != null ? height : Math.max(1, (int) Math.round(h * f));
      return new ResizePlan(sw, sh, sw, sh);
    }
    switch (m) {
      case "exact":
        return new ResizePlan(width, height, width, height);
      case "fit": {
        double f = Math.min((double) width / w, (double) height / h);
        int sw = Math.max(1, (int) Math.round(w * f));
        int sh = Math.max(1, (int) Math.round(h * f));
        return new ResizePlan(sw, sh, sw, sh);
      }
      case "cover": {
        double f = Math.max((double) width / w, (double) height / h);
        int sw = Math.max(width, (int) Math.round(w * f));
        int sh = Math.max(height, (int) Math.round(h * f));
        return new ResizePlan(sw, sh, width, height);
      }
      default:
        throw bad("mode must be fit, cover, exact or scale, got \"" + mode + "\"");
    }
  }

  private static ImageJobException bad(String message) {
    return new ImageJobException(ImageJobException.BAD_PARAMS, message);
  }
}

package io.imageedit.tools;

/** "4:3", "16:9", or the reduced ratio when it is small, else a decimal "1.78:1". */
public final class AspectRatio {
  private AspectRatio() {
  }

  public static String describe(int width, int height) {
    if (width <= 0 || height <= 0) {
      return "unknown";
    }
    int g = gcd(width, height);
    int w = width / g;
    int h = height / g;
    if (w <= 32 && h <= 32) {
      return w + ":" + h;
    }
    return String.format(java.util.Locale.ROOT, "%.2f:1", (double) width / height);
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}

package io.imageedit.tools.ai;

/** "16:9" style ratio of a size, reduced by the greatest common divisor. */
final class AspectRatio {
  private AspectRatio() {
  }

  static String of(int width, int height) {
    if (width <= 0 || height <= 0) {
      return "unknown";
    }
    int g = gcd(width, height);
    return width / g + ":" + height / g;
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}

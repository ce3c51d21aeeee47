package io.imageedit.tools.ai;

import io.vertx.core.json.JsonObject;

/**
 * A box in the vision model's 0..999 coordinates, corners ordered (x1 ≤ x2, y1 ≤ y2).
 *
 * @param label what the model called it, or null
 */
public record BoundingBox(int x1, int y1, int x2, int y2, String label) {

  /** Orders the corners and clamps to 0..999; null when the area is empty. */
  static BoundingBox normalized(double a, double b, double c, double d, String label) {
    int x1 = clamp(Math.min(a, c));
    int x2 = clamp(Math.max(a, c));
    int y1 = clamp(Math.min(b, d));
    int y2 = clamp(Math.max(b, d));
    if (x1 == x2 || y1 == y2) {
      return null;
    }
    return new BoundingBox(x1, y1, x2, y2, label == null || label.isBlank() ? null : label.strip());
  }

  private static int clamp(double v) {
    return (int) Math.max(0, Math.min(999, Math.round(v)));
  }

  /** pixel = floor(v / 1000 × size), the mapping crop_image uses. */
  static int toPixel(int v, int size) {
    return (int) Math.floor(v / 1000.0 * size);
  }

  /** The structured form: normalized corners, source pixels, and ready crop_image arguments. */
  JsonObject toJson(String imageUrl, int width, int height, String fallbackLabel) {
    JsonObject json = new JsonObject()
        .put("label", label == null ? fallbackLabel : label)
        .put("x1", x1).put("y1", y1).put("x2", x2).put("y2", y2);
    if (width > 0 && height > 0) {
      json.put("pixels", new JsonObject()
          .put("x1", toPixel(x1, width)).put("y1", toPixel(y1, height))
          .put("x2", toPixel(x2, width)).put("y2", toPixel(y2, height)));
    }
    json.put("crop_image", new JsonObject().put("image_url", imageUrl)
        .put("x1", x1).put("y1", y1).put("x2", x2).put("y2", y2));
    return json;
  }
}

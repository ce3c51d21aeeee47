package io.imageedit.tools.ai;

/** What the vision model is asked. The wording is ours; the behaviour follows the original. */
final class VisionInstructions {
  private VisionInstructions() {
  }

  /** Qwen-VL's convention for "the page as Markdown". */
  static final String OCR = "qwenvl markdown";

  static String describe(String focus) {
    String base = "Describe this image. Answer with JSON only, exactly "
        + "{\"name\": \"<a title of at most 10 characters>\", \"description\": \"<a detailed"
        + " description: subjects, text, colours, layout, style>\"}. Write in the language of"
        + " any text in the image, English otherwise.";
    return focus == null ? base : base + "\nPay special attention to: " + focus;
  }

  static String locate(String object) {
    return "Locate every " + object + " in this image. Answer with JSON only: a list of"
        + " {\"bbox_2d\": [x1, y1, x2, y2], \"label\": \"<name>\"} with coordinates normalised"
        + " to 0..999. Answer [] if there is none.";
  }
}

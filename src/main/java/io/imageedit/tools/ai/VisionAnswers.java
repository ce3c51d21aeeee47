package io.imageedit.tools.ai;

import io.vertx.core.json.JsonObject;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the describe and OCR answers of the vision model. */
final class VisionAnswers {
  private static final Pattern FENCE = Pattern.compile("^\\s*```[a-zA-Z]*\\s*\\n?(.*?)\\n?```\\s*$",
      Pattern.DOTALL);
  private static final Pattern JSON_OBJECT = Pattern.compile("\\{.*}", Pattern.DOTALL);
  private static final int NAME_CHARS = 10;

  private VisionAnswers() {
  }

  /** {name, description}: JSON when the model kept to it, else the whole text as description. */
  static JsonObject description(String answer, String fallbackName) {
    String text = unfenced(answer);
    Matcher m = JSON_OBJECT.matcher(text);
    if (m.find()) {
      try {
        JsonObject json = new JsonObject(m.group());
        String description = json.getString("description");
        if (description != null) {
          String name = json.getString("name");
          return new JsonObject().put("name", shortName(name == null ? fallbackName : name))
              .put("description", description);
        }
      } catch (RuntimeException notJson) {
        // use the whole text
      }
    }
    return new JsonObject().put("name", shortName(fallbackName)).put("description", text.strip());
  }

  /** OCR Markdown without a wrapping ```markdown fence. */
  static String unfenced(String answer) {
    Matcher m = FENCE.matcher(answer);
    return m.matches() ? m.group(1) : answer;
  }

  private static String shortName(String name) {
    String n = name.strip();
    return n.codePointCount(0, n.length()) <= NAME_CHARS ? n
        : n.substring(0, n.offsetByCodePoints(0, NAME_CHARS));
  }
}

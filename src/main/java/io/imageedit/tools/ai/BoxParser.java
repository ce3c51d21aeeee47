package io.imageedit.tools.ai;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bounding boxes out of whatever a vision model answers: JSON in or out of code
 * fences, with prose around it; lists of {@code {"bbox_2d": [...], "label"}}, bare lists of
 * four numbers, objects with bbox/bboxes/boxes/box, {@code {x1,y1,x2,y2}} objects, and as a
 * last resort any bracketed group of four numbers in the text.
 */
public final class BoxParser {
  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .build();
  private static final Pattern FENCE = Pattern.compile("```[a-zA-Z]*\\s*(.*?)```", Pattern.DOTALL);
  private static final String NUM = "(-?\\d+(?:\\.\\d+)?)";
  private static final Pattern FOUR_NUMBERS = Pattern.compile(
      "[\\[(]\\s*" + NUM + "\\s*,\\s*" + NUM + "\\s*,\\s*" + NUM + "\\s*,\\s*" + NUM + "\\s*[\\])]");
  /** Qwen2-VL style: (x1,y1),(x2,y2). */
  private static final Pattern TWO_POINTS = Pattern.compile(
      "\\(\\s*" + NUM + "\\s*,\\s*" + NUM + "\\s*\\)\\s*,?\\s*\\(\\s*" + NUM + "\\s*,\\s*" + NUM + "\\s*\\)");
  private static final List<String> LIST_KEYS = List.of("bbox_2d", "bbox", "box", "bboxes",
      "boxes", "bounding_box", "boundingbox", "coordinates", "coords", "position");
  private static final List<String> WRAPPER_KEYS = List.of("objects", "results", "detections",
      "items", "data", "answer", "result");
  private static final List<String> LABEL_KEYS = List.of("label", "name", "object", "category",
      "class", "text");

  private BoxParser() {
  }

  public static List<BoundingBox> parse(String answer) {
    if (answer == null || answer.isBlank()) {
      return List.of();
    }
    List<String> candidates = new ArrayList<>();
    Matcher fence = FENCE.matcher(answer);
    while (fence.find()) {
      candidates.add(fence.group(1));
    }
    candidates.add(answer);
    for (String candidate : candidates) {
      List<BoundingBox> boxes = fromJsonIn(candidate);
      if (!boxes.isEmpty()) {
        return boxes;
      }
    }
    return fromBareNumbers(answer);
  }

  /** Tries each balanced JSON value that starts in the text, in order. */
  private static List<BoundingBox> fromJsonIn(String text) {
    for (int start = 0; start < text.length(); start++) {
      char c = text.charAt(start);
      if (c != '[' && c != '{') {
        continue;
      }
      int end = matchingBracket(text, start);
      if (end < 0) {
        continue;
      }
      try {
        JsonNode node = LENIENT.readTree(text.substring(start, end + 1));
        List<BoundingBox> boxes = new ArrayList<>();
        collect(node, null, boxes);
        if (!boxes.isEmpty()) {
          return boxes;
        }
        start = end;
      } catch (Exception notJson) {
        // try the next opening bracket
      }
    }
    return List.of();
  }

  private static int matchingBracket(String text, int start) {
    int depth = 0;
    boolean inString = false;
    char quote = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          inString = false;
        }
      } else if (c == '"' || c == '\'') {
        inString = true;
        quote = c;
      } else if (c == '[' || c == '{') {
        depth++;
      } else if (c == ']' || c == '}') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static void collect(JsonNode node, String label, List<BoundingBox> out) {
    if (node == null || node.isNull()) {
      return;
    }
    if (node.isArray()) {
      double[] four = fourNumbers(node);
      if (four != null) {
        add(out, four, label);
        return;
      }
      for (JsonNode item : node) {
        collect(item, label, out);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    String own = labelOf(node, label);
    double[] corners = cornersObject(node);
    if (corners != null) {
      add(out, corners, own);
      return;
    }
    int before = out.size();
    for (String key : LIST_KEYS) {
      JsonNode value = field(node, key);
      if (value != null) {
        collect(value, own, out);
      }
    }
    if (out.size() > before) {
      return;
    }
    for (String key : WRAPPER_KEYS) {
      JsonNode value = field(node, key);
      if (value != null && (value.isArray() || value.isObject())) {
        collect(value, own, out);
      }
    }
    if (out.size() > before) {
      return;
    }
    // {"cat": [x1,y1,x2,y2], "dog": [...]}: labels as keys.
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      if (entry.getValue().isArray() || entry.getValue().isObject()) {
        collect(entry.getValue(), entry.getKey(), out);
      }
    }
  }

  private static JsonNode field(JsonNode node, String key) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      if (entry.getKey().toLowerCase(Locale.ROOT).equals(key)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static String labelOf(JsonNode node, String inherited) {
    for (String key : LABEL_KEYS) {
      JsonNode value = field(node, key);
      if (value != null && value.isTextual()) {
        return value.asText();
      }
    }
    return inherited;
  }

  /** {x1,y1,x2,y2}, {xmin,ymin,xmax,ymax}, {left,top,right,bottom} or {x,y,width,height}. */
  private static double[] cornersObject(JsonNode node) {
    String[][] names = {{"x1", "y1", "x2", "y2"}, {"xmin", "ymin", "xmax", "ymax"},
        {"x_min", "y_min", "x_max", "y_max"}, {"left", "top", "right", "bottom"}};
    for (String[] n : names) {
      double[] v = numbers(node, n);
      if (v != null) {
        return v;
      }
    }
    double[] xywh = numbers(node, new String[] {"x", "y", "width", "height"});
    if (xywh == null) {
      xywh = numbers(node, new String[] {"x", "y", "w", "h"});
    }
    return xywh == null ? null
        : new double[] {xywh[0], xywh[1], xywh[0] + xywh[2], xywh[1] + xywh[3]};
  }

  private static double[] numbers(JsonNode node, String[] keys) {
    double[] v = new double[keys.length];
    for (int i = 0; i < keys.length; i++) {
      JsonNode value = field(node, keys[i]);
      if (value == null || !(value.isNumber() || isNumericText(value))) {
        return null;
      }
      v[i] = value.asDouble();
    }
    return v;
  }

  private static boolean isNumericText(JsonNode value) {
    return value.isTextual() && value.asText().trim().matches("-?\\d+(\\.\\d+)?");
  }

  private static double[] fourNumbers(JsonNode array) {
    if (array.size() != 4) {
      return null;
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      JsonNode n = array.get(i);
      if (!(n.isNumber() || isNumericText(n))) {
        return null;
      }
      v[i] = n.asDouble();
    }
    return v;
  }

  private static List<BoundingBox> fromBareNumbers(String text) {
    List<BoundingBox> boxes = new ArrayList<>();
    Matcher points = TWO_POINTS.matcher(text);
    while (points.find()) {
      add(boxes, groups(points), null);
    }
    if (!boxes.isEmpty()) {
      return boxes;
    }
    Matcher four = FOUR_NUMBERS.matcher(text);
    while (four.find()) {
      add(boxes, groups(four), null);
    }
    return boxes;
  }

  private static double[] groups(Matcher m) {
    return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
        Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))};
  }

  private static void add(List<BoundingBox> out, double[] v, String label) {
    // Some models answer in 0..1 fractions; the tools speak 0..999.
    boolean fractions = v[0] <= 1 && v[1] <= 1 && v[2] <= 1 && v[3] <= 1
        && (v[0] % 1 != 0 || v[1] % 1 != 0 || v[2] % 1 != 0 || v[3] % 1 != 0);
    double scale = fractions ? 1000 : 1;
    BoundingBox box = BoundingBox.normalized(v[0] * scale, v[1] * scale, v[2] * scale,
        v[3] * scale, label);
    if (box != null) {
      out.add(box);
    }
  }
}

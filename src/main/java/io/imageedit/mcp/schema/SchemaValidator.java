package io.imageedit.mcp.schema;

import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks tool arguments against the subset of JSON Schema that tool input schemas use: type
 * (integer vs number), required, properties, additionalProperties, enum, const, numeric bounds,
 * string length and pattern, array size and items, anyOf/oneOf. The first violation is
 * reported as a sentence the model can act on ("argument 'x1' must be an integer from 0 to
 * 999, got \"abc\""). Keywords outside this subset are ignored, never rejected.
 */
public final class SchemaValidator {
  private static final int SHOWN_CHARS = 60;

  private SchemaValidator() {
  }

  /** Empty when {@code arguments} satisfies {@code schema}; otherwise what is wrong. */
  public static Optional<String> validate(JsonObject schema, JsonObject arguments) {
    if (schema == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(check(schema, arguments, ""));
  }

  private static String check(JsonObject schema, Object value, String path) {
    String typeError = checkType(schema, value, path);
    if (typeError != null) {
      return typeError;
    }
    JsonArray enumValues = schema.getJsonArray("enum");
    if (enumValues != null && enumValues.stream().noneMatch(e -> sameValue(e, value))) {
      return subject(path) + " must be one of " + listValues(enumValues) + ", got " + shown(value);
    }
    if (schema.containsKey("const") && !sameValue(schema.getValue("const"), value)) {
      return subject(path) + " must be " + Json.encode(schema.getValue("const")) + ", got " + shown(value);
    }
    if (value instanceof Number n) {
      return checkNumber(schema, n, path);
    }
    if (value instanceof String s) {
      return checkString(schema, s, path);
    }
    if (value instanceof JsonArray a) {
      return checkArray(schema, a, path);
    }
    if (value instanceof JsonObject o) {
      return checkObject(schema, o, path);
    }
    return checkAlternatives(schema, value, path);
  }

  private static String checkType(JsonObject schema, Object value, String path) {
    Object type = schema.getValue("type");
    List<String> types = new ArrayList<>();
    if (type instanceof String t) {
      types.add(t);
    } else if (type instanceof JsonArray ts) {
      ts.forEach(t -> types.add(String.valueOf(t)));
    }
    if (types.isEmpty() || types.stream().anyMatch(t -> hasType(t, value))) {
      return null;
    }
    return subject(path) + " must be " + describe(schema) + ", got " + shown(value);
  }

  private static boolean hasType(String type, Object value) {
    return switch (type) {
      case "string" -> value instanceof String;
      case "integer" -> isInteger(value);
      case "number" -> value instanceof Number;
      case "boolean" -> value instanceof Boolean;
      case "object" -> value instanceof JsonObject;
      case "array" -> value instanceof JsonArray;
      case "null" -> value == null;
      default -> true;
    };
  }

  private static boolean isInteger(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger) {
      return true;
    }
    if (value instanceof Double d) {
      return !d.isInfinite() && d == Math.rint(d);
    }
    if (value instanceof Float f) {
      return !f.isInfinite() && f == Math.rint(f);
    }
    if (value instanceof BigDecimal b) {
      return b.stripTrailingZeros().scale() <= 0;
    }
    return false;
  }

  private static String checkNumber(JsonObject schema, Number n, String path) {
    double v = n.doubleValue();
    Number min = number(schema, "minimum");
    Number max = number(schema, "maximum");
    Number exMin = number(schema, "exclusiveMinimum");
    Number exMax = number(schema, "exclusiveMaximum");
    boolean bad = (min != null && v < min.doubleValue()) || (max != null && v > max.doubleValue())
        || (exMin != null && v <= exMin.doubleValue()) || (exMax != null && v >= exMax.doubleValue());
    if (bad) {
      return subject(path) + " must be " + describe(schema) + ", got " + shown(n);
    }
    return checkAlternatives(schema, n, path);
  }

  private static String checkString(JsonObject schema, String s, String path) {
    int length = s.codePointCount(0, s.length());
    Integer minLength = schema.getInteger("minLength");
    Integer maxLength = schema.getInteger("maxLength");
    if (minLength != null && length < minLength) {
      return subject(path) + (minLength == 1 ? " must not be empty"
          : " must be at least " + minLength + " characters long, got " + length);
    }
    if (maxLength != null && length > maxLength) {
      return subject(path) + " must be at most " + maxLength + " characters long, got " + length;
    }
    String pattern = schema.getString("pattern");
    if (pattern != null && !matches(pattern, s)) {
      return subject(path) + " must match the pattern " + pattern + ", got " + shown(s);
    }
    return checkAlternatives(schema, s, path);
  }

  private static String checkArray(JsonObject schema, JsonArray a, String path) {
    Integer minItems = schema.getInteger("minItems");
    Integer maxItems = schema.getInteger("maxItems");
    if (minItems != null && a.size() < minItems) {
      return subject(path) + " must have at least " + minItems + " item" + (minItems == 1 ? "" : "s")
          + ", got " + a.size();
    }
    if (maxItems != null && a.size() > maxItems) {
      return subject(path) + " must have at most " + maxItems + " item" + (maxItems == 1 ? "" : "s")
          + ", got " + a.size();
    }
    Object items = schema.getValue("items");
    if (items instanceof JsonObject itemSchema) {
      for (int i = 0; i < a.size(); i++) {
        String error = check(itemSchema, a.getValue(i), path + "[" + i + "]");
        if (error != null) {
          return error;
        }
      }
    }
    return checkAlternatives(schema, a, path);
  }

  private static String checkObject(JsonObject schema, JsonObject o, String path) {
    JsonArray required = schema.getJsonArray("required");
    if (required != null) {
      for (Object name : required) {
        if (!o.containsKey(String.valueOf(name)) || o.getValue(String.valueOf(name)) == null
            && !allowsNull(schema, String.valueOf(name))) {
          return "missing required " + subject(join(path, String.valueOf(name)));
        }
      }
    }
    JsonObject properties = schema.getJsonObject("properties", new JsonObject());
    Object additional = schema.getValue("additionalProperties");
    for (Map.Entry<String, Object> entry : o) {
      String child = join(path, entry.getKey());
      Object propertySchema = properties.getValue(entry.getKey());
      if (propertySchema instanceof JsonObject ps) {
        String error = check(ps, entry.getValue(), child);
        if (error != null) {
          return error;
        }
      } else if (Boolean.FALSE.equals(additional)) {
        return "unknown " + subject(child) + "; accepted: "
            + String.join(", ", properties.fieldNames());
      } else if (additional instanceof JsonObject as) {
        String error = check(as, entry.getValue(), child);
        if (error != null) {
          return error;
        }
      }
    }
    return checkAlternatives(schema, o, path);
  }

  private static boolean allowsNull(JsonObject schema, String name) {
    Object ps = schema.getJsonObject("properties", new JsonObject()).getValue(name);
    return ps instanceof JsonObject p && hasTypeNull(p);
  }

  private static boolean hasTypeNull(JsonObject schema) {
    Object type = schema.getValue("type");
    return "null".equals(type) || type instanceof JsonArray a && a.contains("null");
  }

  private static String checkAlternatives(JsonObject schema, Object value, String path) {
    for (String keyword : new String[] {"anyOf", "oneOf"}) {
      JsonArray options = schema.getJsonArray(keyword);
      if (options == null || options.isEmpty()) {
        continue;
      }
      String first = null;
      for (Object option : options) {
        if (!(option instanceof JsonObject optionSchema)) {
          return null;
        }
        String error = check(optionSchema, value, path);
        if (error == null) {
          return null;
        }
        first = first == null ? error : first;
      }
      return first;
    }
    JsonArray all = schema.getJsonArray("allOf");
    if (all != null) {
      for (Object option : all) {
        if (option instanceof JsonObject optionSchema) {
          String error = check(optionSchema, value, path);
          if (error != null) {
            return error;
          }
        }
      }
    }
    return null;
  }

  /** "an integer from 0 to 999", "a string", "one of \"a\", \"b\"". */
  static String describe(JsonObject schema) {
    JsonArray enumValues = schema.getJsonArray("enum");
    if (enumValues != null) {
      return "one of " + listValues(enumValues);
    }
    Object type = schema.getValue("type");
    if (type instanceof JsonArray types) {
      List<String> names = new ArrayList<>();
      types.forEach(t -> names.add(article(String.valueOf(t))));
      return String.join(" or ", names);
    }
    String t = type instanceof String s ? s : "value";
    String base = article(t);
    if (t.equals("integer") || t.equals("number")) {
      return base + range(schema);
    }
    return base;
  }

  private static String range(JsonObject schema) {
    Number min = number(schema, "minimum");
    Number max = number(schema, "maximum");
    Number exMin = number(schema, "exclusiveMinimum");
    Number exMax = number(schema, "exclusiveMaximum");
    if (min != null && max != null) {
      return " from " + plain(min) + " to " + plain(max);
    }
    StringBuilder out = new StringBuilder();
    if (min != null) {
      out.append(" >= ").append(plain(min));
    }
    if (exMin != null) {
      out.append(" > ").append(plain(exMin));
    }
    if (max != null) {
      out.append(out.length() > 0 ? " and" : "").append(" <= ").append(plain(max));
    }
    if (exMax != null) {
      out.append(out.length() > 0 ? " and" : "").append(" < ").append(plain(exMax));
    }
    return out.toString();
  }

  private static String article(String type) {
    return switch (type) {
      case "integer" -> "an integer";
      case "object" -> "an object";
      case "array" -> "an array";
      case "null" -> "null";
      case "value" -> "a valid value";
      default -> "a " + type;
    };
  }

  private static Number number(JsonObject schema, String key) {
    Object v = schema.getValue(key);
    return v instanceof Number n ? n : null;
  }

  private static String plain(Number n) {
    double d = n.doubleValue();
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
  }

  private static boolean matches(String pattern, String s) {
    try {
      return Pattern.compile(pattern).matcher(s).find();
    } catch (PatternSyntaxException e) {
      return true;
    }
  }

  private static boolean sameValue(Object expected, Object actual) {
    if (expected instanceof Number a && actual instanceof Number b) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    return expected == null ? actual == null : expected.equals(actual);
  }

  private static String listValues(JsonArray values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(Json.encode(v)));
    return String.join(", ", out);
  }

  private static String subject(String path) {
    return path.isEmpty() ? "arguments" : "argument '" + path + "'";
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** The offending value, short: long strings (base64 images) are summarised, not echoed. */
  private static String shown(Object value) {
    if (value instanceof String s && s.length() > SHOWN_CHARS) {
      return "a string of " + s.length() + " characters";
    }
    if (value instanceof JsonObject) {
      return "an object";
    }
    if (value instanceof JsonArray a) {
      return "an array of " + a.size() + " item" + (a.size() == 1 ? "" : "s");
    }
    String json = Json.encode(value);
    return json.length() > SHOWN_CHARS ? json.substring(0, SHOWN_CHARS) + "..." : json;
  }
}

package io.imageedit.tools;

import io.imageedit.image.ImageFormat;
import io.imageedit.mcp.ToolException;
import io.vertx.core.json.JsonObject;

import java.util.Locale;

/**
 * Reads tool arguments with messages that name the argument and say what is expected. The
 * MCP layer has already checked types against the input schema; this catches what a schema
 * cannot express and keeps handlers safe when called directly.
 */
final class ToolArgs {
  private final JsonObject args;

  ToolArgs(JsonObject args) {
    this.args = args == null ? new JsonObject() : args;
  }

  String requiredString(String name, String hint) {
    Object v = args.getValue(name);
    if (!(v instanceof String s) || s.isBlank()) {
      throw new ToolException("missing argument \"" + name + "\": " + hint);
    }
    return s.trim();
  }

  String optionalString(String name) {
    Object v = args.getValue(name);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      throw new ToolException("argument \"" + name + "\" must be a string");
    }
    return s.isBlank() ? null : s.trim();
  }

  double requiredNumber(String name, String hint) {
    Double d = optionalNumber(name);
    if (d == null) {
      throw new ToolException("missing argument \"" + name + "\": " + hint);
    }
    return d;
  }

  Double optionalNumber(String name) {
    Object v = args.getValue(name);
    if (v == null) {
      return null;
    }
    if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
      return n.doubleValue();
    }
    if (v instanceof String s) {
      try {
        return Double.parseDouble(s.trim());
      } catch (NumberFormatException ignored) {
        // reported below
      }
    }
    throw new ToolException("argument \"" + name + "\" must be a number, got " + v);
  }

  Integer optionalInt(String name, int min, int max) {
    Double d = optionalNumber(name);
    if (d == null) {
      return null;
    }
    if (d != Math.rint(d) || d < min || d > max) {
      throw new ToolException("argument \"" + name + "\" must be a whole number from " + min
          + " to " + max + ", got " + args.getValue(name));
    }
    return d.intValue();
  }

  /** Optional output format; "jpg" and "image/png" forms accepted. */
  ImageFormat optionalFormat(String name) {
    String f = optionalString(name);
    if (f == null) {
      return null;
    }
    ImageFormat format = ImageFormat.parse(f).orElseThrow(() -> new ToolException(
        "argument \"" + name + "\" must be png, jpeg, webp or gif, got \"" + f + "\""));
    if (format == ImageFormat.BMP) {
      throw new ToolException("BMP output is not offered; choose png, jpeg, webp or gif");
    }
    return format;
  }

  /** Lower-case, without spaces, dashes and underscores: "Right_90" → "right90". */
  static String normalize(String value) {
    return value.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
  }
}

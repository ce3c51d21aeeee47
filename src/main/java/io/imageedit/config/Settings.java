package io.imageedit.config;

import io.vertx.core.json.JsonObject;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Typed reads over the merged raw configuration. Values may arrive as JSON numbers
 * (conf/config.json) or as strings (.env, environment), so every reader accepts both.
 */
final class Settings {
  private final JsonObject raw;

  Settings(JsonObject raw) {
    this.raw = raw;
  }

  String string(String name) {
    Object v = raw.getValue(name);
    return v == null ? "" : v.toString().trim();
  }

  int integer(String name, int min, int max) {
    return (int) longValue(name, min, max);
  }

  long longValue(String name, long min, long max) {
    String text = string(name);
    long value;
    try {
      value = Long.parseLong(text.replace("_", ""));
    } catch (NumberFormatException e) {
      throw outOfRange(name, text, min, max);
    }
    if (value < min || value > max) {
      throw outOfRange(name, text, min, max);
    }
    return value;
  }

  boolean bool(String name) {
    String text = string(name).toLowerCase(Locale.ROOT);
    return switch (text) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off", "" -> false;
      default -> throw new ConfigException(
          name + " must be true or false, got \"" + text + "\"");
    };
  }

  List<String> list(String name) {
    String text = string(name);
    if (text.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(text.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static ConfigException outOfRange(String name, String text, long min, long max) {
    String range = max == Long.MAX_VALUE
        ? "an integer >= " + min
        : "an integer from " + min + " to " + max;
    return new ConfigException(name + " must be " + range + ", got \"" + text + "\"");
  }
}

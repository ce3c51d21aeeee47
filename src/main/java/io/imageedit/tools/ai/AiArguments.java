package io.imageedit.tools.ai;

import io.imageedit.mcp.ToolException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

/** Reads and checks AI tool arguments, failing with a message that says what to send instead. */
final class AiArguments {
  static final int MAX_PROMPT_CHARS = 1999;
  static final long MAX_SEED = (1L << 31) - 1;
  static final int MAX_URLS = 20;

  private AiArguments() {
  }

  static String requiredText(JsonObject args, String name) {
    Object value = args.getValue(name);
    if (!(value instanceof String s) || s.isBlank()) {
      throw new ToolException("\"" + name + "\" is required and must be a non-empty string");
    }
    return s;
  }

  static String optionalText(JsonObject args, String name) {
    Object value = args.getValue(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s)) {
      throw new ToolException("\"" + name + "\" must be a string");
    }
    return s.isBlank() ? null : s;
  }

  static String prompt(JsonObject args, String name, boolean required) {
    String text = required ? requiredText(args, name) : optionalText(args, name);
    if (text != null && text.codePointCount(0, text.length()) > MAX_PROMPT_CHARS) {
      throw new ToolException("\"" + name + "\" is " + text.codePointCount(0, text.length())
          + " characters; ModelScope accepts fewer than 2000 — shorten it");
    }
    return text;
  }

  /** An integer in [min, max], or null when absent. */
  static Long optionalInteger(JsonObject args, String name, long min, long max) {
    Object value = args.getValue(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
      throw new ToolException("\"" + name + "\" must be a whole number from " + min + " to " + max
          + ", got " + value);
    }
    long v = n.longValue();
    if (v < min || v > max) {
      throw new ToolException("\"" + name + "\" must be from " + min + " to " + max + ", got " + v);
    }
    return v;
  }

  static String oneOf(JsonObject args, String name, List<String> allowed, String fallback) {
    Object value = args.getValue(name);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof String s) || !allowed.contains(s.strip().toLowerCase())) {
      throw new ToolException("\"" + name + "\" must be one of " + String.join(", ", allowed)
          + ", got " + value);
    }
    return s.strip().toLowerCase();
  }

  /** The URL list of the batch tools: 1..MAX_URLS strings. */
  static List<String> urls(JsonObject args) {
    Object value = args.getValue("urls");
    if (value instanceof String single && !single.isBlank()) {
      // Some clients send one URL as a plain string.
      return List.of(single.strip());
    }
    if (!(value instanceof JsonArray list) || list.isEmpty()) {
      throw new ToolException("\"urls\" is required: a non-empty array of image URLs");
    }
    if (list.size() > MAX_URLS) {
      throw new ToolException("\"urls\" has " + list.size() + " entries; send at most " + MAX_URLS
          + " per call");
    }
    List<String> urls = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof String s) || s.isBlank()) {
        throw new ToolException("every entry of \"urls\" must be a non-empty string, got " + item);
      }
      urls.add(s.strip());
    }
    return urls;
  }
}

package io.imageedit.config;

import io.vertx.core.json.JsonObject;

/**
 * Reads a .env file the way docker compose and common dotenv tools do: KEY=VALUE lines,
 * optional "export ", '#' comments, single- or double-quoted values. Values stay strings
 * so that SECRET_KEY=0123 is not turned into the number 123.
 */
public final class DotenvParser {
  private DotenvParser() {
  }

  public static JsonObject parse(String text) {
    JsonObject out = new JsonObject();
    for (String rawLine : text.split("\r?\n")) {
      String line = rawLine.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("export ")) {
        line = line.substring("export ".length()).strip();
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String key = line.substring(0, eq).strip();
      out.put(key, value(line.substring(eq + 1).strip()));
    }
    return out;
  }

  private static String value(String v) {
    if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'')) {
      char quote = v.charAt(0);
      int end = v.indexOf(quote, 1);
      if (end > 0) {
        String inner = v.substring(1, end);
        return quote == '"' ? inner.replace("\\n", "\n").replace("\\\"", "\"") : inner;
      }
    }
    int comment = v.indexOf(" #");
    return (comment >= 0 ? v.substring(0, comment) : v).strip();
  }
}

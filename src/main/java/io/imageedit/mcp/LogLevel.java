package io.imageedit.mcp;

import java.util.Locale;

/** RFC 5424 severities as MCP names them, least severe first. */
public enum LogLevel {
  DEBUG, INFO, NOTICE, WARNING, ERROR, CRITICAL, ALERT, EMERGENCY;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Null when the name is not a level. */
  public static LogLevel parse(String name) {
    if (name == null) {
      return null;
    }
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

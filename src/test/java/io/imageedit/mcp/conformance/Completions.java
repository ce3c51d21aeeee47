package io.imageedit.mcp.conformance;

import java.util.List;
import java.util.Locale;

/** Prefix matching for the fixture completers. */
final class Completions {
  private Completions() {
  }

  static List<String> startingWith(String prefix, List<String> candidates) {
    String lower = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT);
    return candidates.stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(lower)).toList();
  }
}

package io.imageedit.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML page from the jar with {@code {{name}}} placeholders. Values are HTML-escaped,
 * so configuration text can never become markup.
 */
final class PageTemplate {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
  private final WebResource page;

  PageTemplate(String name) {
    this.page = WebResource.load(name);
  }

  WebResource resource() {
    return page;
  }

  /** Fills every placeholder; an unknown name is a programming error, not a blank. */
  String render(Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(page.text());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("no value for {{" + m.group(1) + "}} in " + page.name());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(escape(value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

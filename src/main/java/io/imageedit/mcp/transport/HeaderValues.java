package io.imageedit.mcp.transport;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Base64;

/** Mcp-Name (and Mcp-Param-*) values: plain ASCII, or "=?base64?...?=" for anything else. */
final class HeaderValues {
  private static final String PREFIX = "=?base64?";
  private static final String SUFFIX = "?=";

  private HeaderValues() {
  }

  /** RFC 9110 field value characters: visible ASCII, space and tab. */
  static boolean isValidFieldValue(String value) {
    return value.chars().allMatch(c -> c == 0x09 || (c >= 0x20 && c <= 0x7E));
  }

  /** The header form of an argument value: strings as-is, integers in decimal, booleans lower-case. */
  static boolean matchesArgument(String headerValue, Object argument) {
    if (argument instanceof String s) {
      return s.equals(headerValue);
    }
    if (argument instanceof Boolean b) {
      return b.toString().equals(headerValue);
    }
    if (argument instanceof Number n) {
      try {
        return new java.math.BigDecimal(n.toString()).compareTo(new java.math.BigDecimal(headerValue.trim())) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return false;
  }

  /** The decoded value, or null when the sentinel form carries invalid base64 or UTF-8. */
  static String decode(String header) {
    if (header == null || !header.startsWith(PREFIX) || !header.endsWith(SUFFIX)
        || header.length() < PREFIX.length() + SUFFIX.length()) {
      return header;
    }
    String b64 = header.substring(PREFIX.length(), header.length() - SUFFIX.length());
    // Strict: padded to a multiple of 4, standard alphabet only (the JDK decoder is lenient).
    if (b64.length() % 4 != 0 || !b64.matches("[A-Za-z0-9+/]*={0,2}")) {
      return null;
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(b64);
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return null;
    }
  }
}

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

  /** The decoded value, or null when the sentinel form carries invalid base64 or UTF-8. */
  static String decode(String header) {
    if (header == null || !header.startsWith(PREFIX) || !header.endsWith(SUFFIX)
        || header.length() < PREFIX.length() + SUFFIX.length()) {
      return header;
    }
    String b64 = header.substring(PREFIX.length(), header.length() - SUFFIX.length());
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

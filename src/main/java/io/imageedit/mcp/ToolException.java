package io.imageedit.mcp;

/**
 * A tool failure the model should read: bad URL, image too large, provider refused.
 * Becomes a result with {@code isError: true} and this message; no stack trace is kept.
 */
public class ToolException extends RuntimeException {
  public ToolException(String message) {
    super(message, null, false, false);
  }

  public ToolException(String message, Throwable cause) {
    super(message, cause, false, false);
  }
}

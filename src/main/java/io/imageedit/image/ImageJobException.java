package io.imageedit.image;

/**
 * A job failure with a code that crosses the event bus ({@code message.fail(code, text)})
 * and comes back to the caller as a tool error carrying the same text.
 */
public final class ImageJobException extends RuntimeException {
  /** The input is not a decodable image of a supported format. */
  public static final int BAD_IMAGE = 400;
  /** The input or the requested output exceeds a limit. */
  public static final int TOO_LARGE = 413;
  /** Parameters make no sense for this image (empty crop, zero size). */
  public static final int BAD_PARAMS = 422;
  /** The job sat in the queue past its deadline and was not started. */
  public static final int EXPIRED = 408;
  /** A bug or an unexpected library failure. */
  public static final int INTERNAL = 500;

  private final int code;

  public ImageJobException(int code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public int code() {
    return code;
  }
}

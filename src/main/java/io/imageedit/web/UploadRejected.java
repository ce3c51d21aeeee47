package io.imageedit.web;

/** An upload refused for a reason the client can fix; becomes {"error": message} with status. */
final class UploadRejected extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  UploadRejected(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}

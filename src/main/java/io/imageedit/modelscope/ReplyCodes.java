package io.imageedit.modelscope;

/** Failure codes on ModelScope event-bus replies. */
final class ReplyCodes {
  static final int PROVIDER = 1;
  static final int CANCELLED = 2;

  private ReplyCodes() {
  }
}

package io.imageedit.modelscope;

/** A provider failure worded so that the user knows what happened and what to do. */
public final class ModelScopeException extends RuntimeException {
  public ModelScopeException(String message) {
    super(message, null, false, false);
  }
}

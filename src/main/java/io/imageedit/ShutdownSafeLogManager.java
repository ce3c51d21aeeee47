package io.imageedit;

import java.util.logging.LogManager;

/**
 * JUL's own shutdown hook calls {@link LogManager#reset()}, which closes every handler while
 * other hooks still run: the "shutting down" line and the request lines of calls finishing
 * inside SHUTDOWN_GRACE_SECONDS were lost. Once {@link Logging} has configured logging,
 * resets are ignored and {@link Main} flushes the log itself as the very last step.
 * Installed through the {@code java.util.logging.manager} property, set first thing in main.
 */
public final class ShutdownSafeLogManager extends LogManager {
  private volatile boolean frozen;

  @Override
  public void reset() {
    if (!frozen) {
      super.reset();
    }
  }

  /** A real reset, then no more: later resets (the JVM's shutdown hook) are ignored. */
  void resetAndFreeze() {
    super.reset();
    frozen = true;
  }
}

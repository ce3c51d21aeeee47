package io.imageedit;

import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * One-line log records on standard error through java.util.logging (Vert.x's default),
 * written by {@link AsyncLogHandler} so that event loops never wait on the terminal.
 */
public final class Logging {
  private static volatile AsyncLogHandler handler;

  private Logging() {
  }

  /**
   * Call first thing in a main method, before anything logs: it chooses the LogManager,
   * which the JVM fixes at its first use.
   */
  public static void configure() {
    if (System.getProperty("java.util.logging.manager") == null) {
      System.setProperty("java.util.logging.manager", ShutdownSafeLogManager.class.getName());
    }
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      System.setProperty("java.util.logging.SimpleFormatter.format",
          "%1$tF %1$tT.%1$tL %4$s %3$s - %5$s%6$s%n");
    }
    // An explicit logging config file means someone wants to decide; leave theirs alone.
    if (System.getProperty("java.util.logging.config.file") != null) {
      return;
    }
    LogManager manager = LogManager.getLogManager();
    if (manager instanceof ShutdownSafeLogManager safe) {
      safe.resetAndFreeze();
    } else {
      manager.reset();
    }
    handler = new AsyncLogHandler(System.err);
    Logger.getLogger("").addHandler(handler);
  }

  /** Writes out what is queued; the last step of a shutdown. */
  public static void flush() {
    AsyncLogHandler current = handler;
    if (current != null) {
      current.close();
    }
  }
}

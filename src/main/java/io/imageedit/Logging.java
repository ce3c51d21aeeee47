package io.imageedit;

import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * One-line log records on standard error through java.util.logging (Vert.x's default),
 * written by {@link AsyncLogHandler} so that event loops never wait on the terminal.
 */
public final class Logging {
  private Logging() {
  }

  /** Call once, first thing in a main method. */
  public static void configure() {
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      System.setProperty("java.util.logging.SimpleFormatter.format",
          "%1$tF %1$tT.%1$tL %4$s %3$s - %5$s%6$s%n");
    }
    // An explicit logging config file means someone wants to decide; leave theirs alone.
    if (System.getProperty("java.util.logging.config.file") != null) {
      return;
    }
    LogManager.getLogManager().reset();
    Logger root = Logger.getLogger("");
    AsyncLogHandler handler = new AsyncLogHandler(System.err);
    root.addHandler(handler);
    Runtime.getRuntime().addShutdownHook(new Thread(handler::close, "log-flush"));
  }
}

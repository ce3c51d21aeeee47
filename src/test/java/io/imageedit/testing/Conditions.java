package io.imageedit.testing;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;

import java.util.function.BooleanSupplier;

/** Waiting on a condition with a deadline (never a bare sleep), and byte searches. */
public final class Conditions {
  private Conditions() {
  }

  /** Completes when {@code condition} holds (checked every 10 ms), fails after 5 s. */
  public static Future<Void> until(Vertx vertx, BooleanSupplier condition) {
    Promise<Void> done = Promise.promise();
    long deadline = System.currentTimeMillis() + 5000;
    vertx.setPeriodic(10, id -> {
      if (condition.getAsBoolean()) {
        vertx.cancelTimer(id);
        done.tryComplete();
      } else if (System.currentTimeMillis() > deadline) {
        vertx.cancelTimer(id);
        done.tryFail("condition not met within 5 s");
      }
    });
    return done.future();
  }

  /** Where {@code needle} starts in {@code haystack}, or -1. */
  public static int indexOf(Buffer haystack, byte[] needle) {
    byte[] bytes = haystack.getBytes();
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}

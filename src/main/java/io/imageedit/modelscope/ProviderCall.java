package io.imageedit.modelscope;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The life of one AI call inside the ModelScope verticle: its deadline, its limiter slot,
 * the timers it waits on, and its outcome. Finishing it in any way (result, failure,
 * deadline, cancellation) cancels its timers and gives the slot back, exactly once.
 * Confined to the verticle's event loop.
 */
final class ProviderCall<T> {
  private final Vertx vertx;
  private final String id;
  private final long deadlineMillis;
  private final Promise<T> outcome = Promise.promise();
  private final Set<Long> timers = new HashSet<>();
  private ConcurrencyLimiter.Slot slot;
  private Supplier<String> timeoutMessage;
  private boolean cancelled;

  ProviderCall(Vertx vertx, String id, long timeoutMs, Supplier<String> timeoutMessage) {
    this.vertx = vertx;
    this.id = id;
    this.deadlineMillis = System.currentTimeMillis() + timeoutMs;
    this.timeoutMessage = timeoutMessage;
    long deadlineTimer = vertx.setTimer(timeoutMs,
        t -> fail(new ModelScopeException(this.timeoutMessage.get())));
    timers.add(deadlineTimer);
  }

  String id() {
    return id;
  }

  Future<T> outcome() {
    return outcome.future();
  }

  boolean finished() {
    return outcome.future().isComplete();
  }

  boolean cancelled() {
    return cancelled;
  }

  long remainingMs() {
    return Math.max(0, deadlineMillis - System.currentTimeMillis());
  }

  /** Replaces the message used when the deadline passes (e.g. once a task id is known). */
  void timeoutMessage(Supplier<String> message) {
    this.timeoutMessage = message;
  }

  Future<Void> hold(ConcurrencyLimiter.Slot slot) {
    this.slot = slot;
    return slot.granted();
  }

  /** Completes after {@code ms}, unless the call finishes first (then never). */
  Future<Void> sleep(long ms) {
    Promise<Void> done = Promise.promise();
    if (finished()) {
      return done.future();
    }
    long[] idHolder = new long[1];
    idHolder[0] = vertx.setTimer(Math.max(1, ms), t -> {
      timers.remove(idHolder[0]);
      done.tryComplete();
    });
    timers.add(idHolder[0]);
    return done.future();
  }

  void succeed(T value) {
    if (outcome.tryComplete(value)) {
      cleanUp();
    }
  }

  void fail(Throwable error) {
    if (outcome.tryFail(error)) {
      cleanUp();
    }
  }

  void cancel() {
    cancelled = true;
    fail(new CancelledCall());
  }

  private void cleanUp() {
    timers.forEach(vertx::cancelTimer);
    timers.clear();
    if (slot != null) {
      slot.release();
    }
  }

  /** The client cancelled; nothing is reported to anyone. */
  static final class CancelledCall extends RuntimeException {
    CancelledCall() {
      super("cancelled by the client", null, false, false);
    }
  }
}

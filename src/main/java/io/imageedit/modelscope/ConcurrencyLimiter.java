package io.imageedit.modelscope;

import io.vertx.core.Future;
import io.vertx.core.Promise;

import java.util.ArrayDeque;

/**
 * At most {@code permits} provider calls in flight; up to {@code maxWaiting} more wait in
 * FIFO order, beyond that a call fails fast. Used only from the ModelScope verticle's
 * event loop, so it needs no locking.
 */
final class ConcurrencyLimiter {
  private final int permits;
  private final int maxWaiting;
  private final ArrayDeque<Slot> waiting = new ArrayDeque<>();
  private int inUse;

  ConcurrencyLimiter(int permits, int maxWaiting) {
    this.permits = permits;
    this.maxWaiting = maxWaiting;
  }

  /** A slot that is granted now, later, or refused when the queue is full. */
  Slot acquire() {
    Slot slot = new Slot();
    if (inUse < permits) {
      inUse++;
      slot.grant();
    } else if (waiting.size() < maxWaiting) {
      waiting.add(slot);
    } else {
      slot.granted.fail(new ModelScopeException("too many AI calls are waiting for ModelScope ("
          + permits + " running, " + maxWaiting + " queued); try again in a minute"
          + " or raise AI_MAX_CONCURRENCY"));
    }
    return slot;
  }

  int inUse() {
    return inUse;
  }

  int waiting() {
    return waiting.size();
  }

  private void handBack() {
    Slot next = waiting.poll();
    if (next != null) {
      next.grant();
    } else {
      inUse--;
    }
  }

  /** One call's claim on the limiter. {@link #release()} is safe to call in any state, twice. */
  final class Slot {
    private final Promise<Void> granted = Promise.promise();
    private boolean held;
    private boolean released;

    Future<Void> granted() {
      return granted.future();
    }

    private void grant() {
      held = true;
      granted.tryComplete();
    }

    void release() {
      if (released) {
        return;
      }
      released = true;
      if (held) {
        handBack();
      } else {
        waiting.remove(this);
        granted.tryFail(new ModelScopeException("cancelled while waiting for ModelScope"));
      }
    }
  }
}

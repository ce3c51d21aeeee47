package io.imageedit.web;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounds the heap that uploads being processed may hold at once (each is read whole, and
 * a stripped copy made), shared by every HTTP verticle instance in the process. Past the
 * budget an upload is answered 503 "retry" instead of risking an out-of-memory exit.
 */
final class UploadMemoryBudget {
  /** A third of the heap: decoding on the image workers needs room too. */
  static final UploadMemoryBudget PROCESS = new UploadMemoryBudget(Runtime.getRuntime().maxMemory() / 3);

  private final long limit;
  private final AtomicLong used = new AtomicLong();

  UploadMemoryBudget(long limit) {
    this.limit = limit;
  }

  /** Takes {@code bytes} if they fit; a single request larger than the whole budget still runs alone. */
  boolean tryReserve(long bytes) {
    while (true) {
      long now = used.get();
      if (now > 0 && now + bytes > limit) {
        return false;
      }
      if (used.compareAndSet(now, now + bytes)) {
        return true;
      }
    }
  }

  void release(long bytes) {
    used.addAndGet(-bytes);
  }
}

package io.imageedit.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("the upload memory budget admits uploads while they fit and frees room when they finish")
class UploadMemoryBudgetTest {

  @Test
  @DisplayName("reservations past the limit are refused until earlier ones are released")
  void limits() {
    UploadMemoryBudget budget = new UploadMemoryBudget(100);
    assertTrue(budget.tryReserve(60));
    assertFalse(budget.tryReserve(50));
    assertTrue(budget.tryReserve(40));
    budget.release(60);
    assertTrue(budget.tryReserve(50));
  }

  @Test
  @DisplayName("one upload larger than the whole budget still runs when nothing else does")
  void aloneAlwaysFits() {
    UploadMemoryBudget budget = new UploadMemoryBudget(100);
    assertTrue(budget.tryReserve(500));
    assertFalse(budget.tryReserve(1));
    budget.release(500);
    assertTrue(budget.tryReserve(1));
  }

  @Test
  @DisplayName("concurrent reservations never exceed the limit")
  void concurrent() throws InterruptedException {
    UploadMemoryBudget budget = new UploadMemoryBudget(1000);
    AtomicInteger admitted = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    for (int i = 0; i < 64; i++) {
      pool.execute(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        if (budget.tryReserve(100)) {
          admitted.incrementAndGet();
        }
      });
    }
    start.countDown();
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    assertEquals(10, admitted.get());
  }
}

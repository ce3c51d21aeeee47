package io.imageedit.modelscope;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The concurrency limiter grants in order, bounds its queue and takes back released slots")
class ConcurrencyLimiterTest {

  @Test
  @DisplayName("a released slot goes to the first waiter; a full queue refuses; a cancelled waiter leaves the queue")
  void grantsAndBounds() {
    ConcurrencyLimiter limiter = new ConcurrencyLimiter(1, 2);
    ConcurrencyLimiter.Slot a = limiter.acquire();
    ConcurrencyLimiter.Slot b = limiter.acquire();
    ConcurrencyLimiter.Slot c = limiter.acquire();
    ConcurrencyLimiter.Slot d = limiter.acquire();
    assertTrue(a.granted().succeeded());
    assertFalse(b.granted().isComplete());
    assertTrue(d.granted().failed());
    assertTrue(d.granted().cause().getMessage().contains("AI_MAX_CONCURRENCY"));
    b.release();
    assertEquals(1, limiter.waiting());
    a.release();
    assertTrue(c.granted().succeeded());
    a.release();
    assertEquals(1, limiter.inUse());
    c.release();
    assertEquals(0, limiter.inUse());
  }
}

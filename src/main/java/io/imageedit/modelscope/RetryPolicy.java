package io.imageedit.modelscope;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so that
 * many calls refused together do not come back together.
 *
 * @param maxRetries retries after the first attempt (AI_MAX_RETRIES)
 * @param baseMs     delay before the first retry
 * @param capMs      longest delay between two attempts
 */
record RetryPolicy(int maxRetries, long baseMs, long capMs) {

  /** Scaled to the poll interval so that tests with short intervals also retry quickly. */
  static RetryPolicy forPollInterval(int maxRetries, long pollIntervalMs) {
    long base = Math.max(10, Math.min(1000, pollIntervalMs));
    return new RetryPolicy(maxRetries, base, 30_000);
  }

  /**
   * Delay before retry number {@code retry} (1-based). A provider's Retry-After wins when it
   * asks for longer than the backoff.
   */
  long delayMs(int retry, Long retryAfterMs) {
    long exp = Math.min(capMs, baseMs << Math.min(20, retry - 1));
    long jittered = exp / 2 + ThreadLocalRandom.current().nextLong(exp / 2 + 1);
    return retryAfterMs == null ? jittered : Math.max(retryAfterMs, jittered);
  }

  /** Retry-After as milliseconds: delta-seconds only (HTTP dates are rare from APIs). */
  static Long parseRetryAfter(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    try {
      double seconds = Double.parseDouble(header.trim());
      return seconds < 0 ? null : (long) (seconds * 1000);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

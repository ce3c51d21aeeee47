package io.imageedit.tools.ai;

import io.vertx.core.Future;
import io.vertx.core.Promise;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs one future-returning step per input, at most {@code parallel} at a time, and
 * completes with the results in input order. The step must not fail (map failures to an
 * entry), so one bad input never fails the batch.
 */
final class OrderedBatch<T, R> {
  private final List<T> inputs;
  private final Function<T, Future<R>> step;
  private final List<R> results;
  private final Promise<List<R>> done = Promise.promise();
  private int next;
  private int finished;

  private OrderedBatch(List<T> inputs, Function<T, Future<R>> step) {
    this.inputs = inputs;
    this.step = step;
    this.results = new ArrayList<>(inputs.size());
    inputs.forEach(i -> results.add(null));
  }

  static <T, R> Future<List<R>> run(List<T> inputs, int parallel, Function<T, Future<R>> step) {
    OrderedBatch<T, R> batch = new OrderedBatch<>(inputs, step);
    if (inputs.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    synchronized (batch) {
      for (int i = 0; i < Math.min(parallel, inputs.size()); i++) {
        batch.startNext();
      }
    }
    return batch.done.future();
  }

  // Steps may complete on different threads (event loop, worker replies): guard the counters.
  private synchronized void startNext() {
    if (next >= inputs.size()) {
      return;
    }
    int index = next++;
    Future<R> result;
    try {
      result = step.apply(inputs.get(index));
    } catch (RuntimeException e) {
      result = Future.failedFuture(e);
    }
    result.onComplete(ar -> finish(index, ar.succeeded() ? ar.result() : null));
  }

  private synchronized void finish(int index, R value) {
    results.set(index, value);
    finished++;
    if (finished == inputs.size()) {
      done.tryComplete(results);
    } else {
      startNext();
    }
  }
}

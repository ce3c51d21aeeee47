package io.imageedit.tools.ai;

import io.vertx.core.Future;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Vision answers by (image SHA-256, model, instruction): asking about the same pixels twice
 * costs nothing, whichever URL they came from, and concurrent identical questions share one
 * provider call. Bounded, least recently used out first; failures are not kept.
 */
final class VisionAnswerCache {
  private final Map<String, String> answers;
  private final Map<String, Future<String>> inFlight = new HashMap<>();

  VisionAnswerCache(int maxEntries) {
    this.answers = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
        return size() > maxEntries;
      }
    };
  }

  static String key(String sha256, String model, String instruction) {
    return sha256 + "\u0000" + model + "\u0000" + instruction;
  }

  Future<String> get(String key, Supplier<Future<String>> ask) {
    Future<String> pending;
    synchronized (this) {
      String known = answers.get(key);
      if (known != null) {
        return Future.succeededFuture(known);
      }
      pending = inFlight.get(key);
      if (pending != null) {
        return pending;
      }
      pending = ask.get();
      inFlight.put(key, pending);
    }
    return pending.andThen(ar -> {
      synchronized (this) {
        inFlight.remove(key);
        if (ar.succeeded()) {
          answers.put(key, ar.result());
        }
      }
    });
  }
}

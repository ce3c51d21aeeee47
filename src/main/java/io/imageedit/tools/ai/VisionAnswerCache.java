package io.imageedit.tools.ai;

import io.vertx.core.json.JsonObject;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Vision answers by (image SHA-256, model, instruction): asking about the same pixels twice
 * costs nothing, whichever URL they came from. Bounded, least recently used out first.
 */
final class VisionAnswerCache {
  private final Map<String, JsonObject> entries;

  VisionAnswerCache(int maxEntries) {
    this.entries = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, JsonObject> eldest) {
        return size() > maxEntries;
      }
    };
  }

  static String key(String sha256, String model, String instruction) {
    return sha256 + "\u0000" + model + "\u0000" + instruction;
  }

  synchronized JsonObject get(String key) {
    JsonObject value = entries.get(key);
    return value == null ? null : value.copy();
  }

  synchronized void put(String key, JsonObject value) {
    entries.put(key, value.copy());
  }
}

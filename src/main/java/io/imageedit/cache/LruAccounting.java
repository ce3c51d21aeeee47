package io.imageedit.cache;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Sizes of cached files in least-recently-used order; when the total passes the cap, the
 * oldest keys are handed to an evictor. A cap of 0 means unlimited (accounting only).
 */
final class LruAccounting {
  private final long maxBytes;
  private final LinkedHashMap<String, Long> sizes = new LinkedHashMap<>(256, 0.75f, true);
  private long total;

  LruAccounting(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Adds or refreshes a key, then evicts least recently used keys (never this one) over the cap. */
  void add(String key, long size, Consumer<String> evictor) {
    List<String> victims = new ArrayList<>();
    synchronized (this) {
      Long old = sizes.put(key, size);
      total += size - (old == null ? 0 : old);
      if (maxBytes > 0) {
        Iterator<Map.Entry<String, Long>> it = sizes.entrySet().iterator();
        while (total > maxBytes && it.hasNext()) {
          Map.Entry<String, Long> e = it.next();
          if (e.getKey().equals(key)) {
            continue;
          }
          total -= e.getValue();
          victims.add(e.getKey());
          it.remove();
        }
      }
    }
    victims.forEach(evictor);
  }

  synchronized void touch(String key) {
    sizes.get(key);
  }

  synchronized long total() {
    return total;
  }

  synchronized boolean contains(String key) {
    return sizes.containsKey(key);
  }
}

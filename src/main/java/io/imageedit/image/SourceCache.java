package io.imageedit.image;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recently fetched source images by URL, for a bounded time and a bounded number of bytes,
 * least recently used dropped first. Thread-safe.
 */
final class SourceCache {
  private final long ttlMillis;
  private final long maxBytes;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
  private long total;

  private record Entry(SourceImage image, long expires) {
  }

  SourceCache(long ttlMillis, long maxBytes) {
    this.ttlMillis = ttlMillis;
    this.maxBytes = maxBytes;
  }

  synchronized SourceImage get(String url) {
    Entry e = entries.get(url);
    if (e == null) {
      return null;
    }
    if (e.expires() < System.currentTimeMillis()) {
      entries.remove(url);
      total -= e.image().bytes().length();
      return null;
    }
    return e.image();
  }

  synchronized void put(String url, SourceImage image) {
    long size = image.bytes().length();
    if (ttlMillis <= 0 || size > maxBytes / 2) {
      return;
    }
    Entry old = entries.put(url, new Entry(image, System.currentTimeMillis() + ttlMillis));
    total += size - (old == null ? 0 : old.image().bytes().length());
    Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
    while (total > maxBytes && it.hasNext()) {
      total -= it.next().getValue().image().bytes().length();
      it.remove();
    }
  }

  synchronized long totalBytes() {
    return total;
  }
}

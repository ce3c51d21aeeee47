package io.imageedit.cache;

import java.nio.file.Path;

/**
 * A file in the content-addressed cache.
 *
 * @param key      "prefix/sha256.ext", the path below /cache/
 * @param url      public URL: {CACHE_URL}/cache/{key}
 * @param path     absolute path on disk
 * @param size     size in bytes
 * @param sha256   lower-case hex SHA-256 of the content (also in the key)
 * @param mimeType Content-Type it is served with
 */
public record CachedFile(String key, String url, Path path, long size, String sha256,
    String mimeType) {
}

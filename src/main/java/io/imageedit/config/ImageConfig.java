package io.imageedit.config;

import java.nio.file.Path;

/**
 * Fetching, pixel work and cache settings.
 *
 * @param cacheDir          where results, uploads and metadata live (CACHE_DIR)
 * @param allowPrivateUrls  allow fetching loopback/private/link-local addresses (ALLOW_PRIVATE_URLS)
 * @param fetchMaxBytes     largest source download, enforced while streaming (FETCH_MAX_BYTES)
 * @param fetchTimeoutMs    total time for one download including redirects (FETCH_TIMEOUT_MS)
 * @param fetchCacheSeconds how long fetched source bytes are kept in memory by URL (FETCH_CACHE_SECONDS)
 * @param maxImagePixels    largest width*height decoded or produced (MAX_IMAGE_PIXELS)
 * @param workers           image worker verticle instances (IMAGE_WORKERS, 0 = cores)
 * @param queueMax          image jobs waiting beyond which calls fail fast (IMAGE_QUEUE_MAX)
 * @param jobTimeoutMs      longest one decode/transform/encode job may take (IMAGE_JOB_TIMEOUT_MS)
 * @param cacheMaxBytes     cache size cap with LRU eviction, 0 = unlimited (CACHE_MAX_BYTES)
 * @param previewMaxBytes   largest inline preview image in a tool result, 0 = none (PREVIEW_MAX_BYTES)
 * @param uploadMaxBytes    largest accepted upload (UPLOAD_MAX_BYTES)
 * @param uploadKeepMetadata keep EXIF/GPS in uploaded files (UPLOAD_KEEP_METADATA)
 * @param resultCache       reuse stored results of identical calls; false forces pixel work on
 *                          every call, for benchmarks (RESULT_CACHE)
 */
public record ImageConfig(
    Path cacheDir,
    boolean allowPrivateUrls,
    long fetchMaxBytes,
    int fetchTimeoutMs,
    int fetchCacheSeconds,
    long maxImagePixels,
    int workers,
    int queueMax,
    int jobTimeoutMs,
    long cacheMaxBytes,
    long previewMaxBytes,
    long uploadMaxBytes,
    boolean uploadKeepMetadata,
    boolean resultCache) {

  static ImageConfig read(Settings s) {
    int workers = s.integer("IMAGE_WORKERS", 0, 256);
    if (workers == 0) {
      workers = Runtime.getRuntime().availableProcessors();
    }
    return new ImageConfig(
        CacheDirectory.resolve(s.string("CACHE_DIR")),
        s.bool("ALLOW_PRIVATE_URLS"),
        s.longValue("FETCH_MAX_BYTES", 1024, 1L << 31),
        s.integer("FETCH_TIMEOUT_MS", 100, 600_000),
        s.integer("FETCH_CACHE_SECONDS", 0, 86_400),
        s.longValue("MAX_IMAGE_PIXELS", 1, 1_000_000_000L),
        workers,
        s.integer("IMAGE_QUEUE_MAX", 1, 1_000_000),
        s.integer("IMAGE_JOB_TIMEOUT_MS", 100, 600_000),
        s.longValue("CACHE_MAX_BYTES", 0, Long.MAX_VALUE),
        s.longValue("PREVIEW_MAX_BYTES", 0, 16L * 1024 * 1024),
        s.longValue("UPLOAD_MAX_BYTES", 1024, 1L << 31),
        s.bool("UPLOAD_KEEP_METADATA"),
        s.string("RESULT_CACHE").isEmpty() || s.bool("RESULT_CACHE"));
  }
}

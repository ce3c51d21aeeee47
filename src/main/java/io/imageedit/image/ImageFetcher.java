package io.imageedit.image;

import io.imageedit.cache.ContentCache;
import io.imageedit.config.ImageConfig;
import io.imageedit.mcp.ToolException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;

import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a URL into a checked {@link SourceImage}: http(s) through {@link HttpImageDownloader}
 * (SSRF-safe, size and time limits), {@code data:image/...;base64,} decoded in place, and
 * links into this server's own cache read from disk. The format is sniffed from magic bytes
 * and the pixel count is checked from the header before anything is decoded. Concurrent
 * fetches of one URL share a single download; sources are kept by URL for
 * FETCH_CACHE_SECONDS within a memory bound. Thread-safe.
 */
public final class ImageFetcher {
  private final Vertx vertx;
  private final ImageConfig config;
  private final ContentCache cache;
  private final HttpImageDownloader http;
  private final SourceCache recent;
  private final Map<String, Future<SourceImage>> inFlight = new ConcurrentHashMap<>();

  public ImageFetcher(Vertx vertx, ImageConfig config, ContentCache cache) {
    this.vertx = vertx;
    this.config = config;
    this.cache = cache;
    this.http = new HttpImageDownloader(vertx, config.allowPrivateUrls(), config.fetchMaxBytes(),
        config.fetchTimeoutMs());
    long memoryBound = Math.max(config.fetchMaxBytes() * 2,
        Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8));
    this.recent = new SourceCache(config.fetchCacheSeconds() * 1000L, memoryBound);
  }

  /** Fetches and checks an image, or fails with a {@link ToolException} saying what to fix. */
  public Future<SourceImage> fetch(String url) {
    if (url == null || url.isBlank()) {
      return Future.failedFuture(new ToolException("the image URL is empty; give an http(s)"
          + " URL, a data:image/...;base64 URL or a link from this server's cache"));
    }
    String u = url.trim();
    if (DataUrls.isDataUrl(u)) {
      return vertx.executeBlocking(() -> DataUrls.decode(u, config.fetchMaxBytes()), false)
          .compose(bytes -> checked(DataUrls.abbreviate(u), bytes));
    }
    SourceImage hit = recent.get(u);
    if (hit != null) {
      return Future.succeededFuture(hit);
    }
    Promise<SourceImage> promise = Promise.promise();
    Future<SourceImage> pending = inFlight.putIfAbsent(u, promise.future());
    if (pending != null) {
      return pending;
    }
    load(u).andThen(done -> {
      if (done.succeeded()) {
        recent.put(u, done.result());
      }
      inFlight.remove(u);
    }).onComplete(promise);
    return promise.future();
  }

  /** Downloads in progress (for tests of coalescing). */
  int inFlight() {
    return inFlight.size();
  }

  private Future<SourceImage> load(String url) {
    Future<Buffer> bytes;
    var key = cache.keyFromUrl(url);
    if (key.isPresent()) {
      bytes = cache.read(key.get()).recover(err -> Future.failedFuture(
          err instanceof NoSuchFileException
              ? new ToolException("the cached file " + key.get() + " no longer exists (it may"
                  + " have been evicted); run the operation again or upload the image again")
              : err));
    } else {
      String lower = url.toLowerCase(Locale.ROOT);
      if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
        return Future.failedFuture(new ToolException("unsupported URL: " + abbreviate(url)
            + ". Give an http(s) URL, a data:image/...;base64 URL, or a link from this server's"
            + " cache"));
      }
      bytes = http.download(url);
    }
    return bytes.compose(b -> checked(url, b));
  }

  private Future<SourceImage> checked(String url, Buffer bytes) {
    ImageHeader header;
    try {
      header = ImageSniffer.checkPixels(ImageSniffer.header(bytes), config.maxImagePixels());
    } catch (ToolException e) {
      return Future.failedFuture(e);
    }
    return vertx.executeBlocking(() -> new SourceImage(url, bytes, header.format(),
        header.width(), header.height(), ImageOps.sha256(bytes)), false);
  }

  private static String abbreviate(String url) {
    return url.length() <= 120 ? url : url.substring(0, 117) + "...";
  }
}

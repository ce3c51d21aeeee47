package io.imageedit.cache;

import io.imageedit.image.ImageFormat;
import io.imageedit.image.ImageOps;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Content-addressed store under CACHE_DIR: a file's key is {@code prefix/<sha256>.<ext>}, so
 * identical outputs share one file and a URL never changes meaning. Writes are atomic (temp
 * file, fsync, rename), hashing and file I/O run on a small worker pool, never on an event
 * loop. A separate index maps (operation, parameters, source hash) to a stored result so a
 * repeated call costs no pixel work. Optional LRU eviction above CACHE_MAX_BYTES.
 */
public final class ContentCache {
  private static final System.Logger LOG = System.getLogger(ContentCache.class.getName());
  static final String INDEX_DIR = ".index";
  static final String TEMP_PREFIX = ".tmp-";

  private final Path root;
  private final String baseUrl;
  private final WorkerExecutor io;
  private final LruAccounting lru;
  private final boolean indexEnabled;

  private ContentCache(Path root, String cacheUrl, WorkerExecutor io, long maxBytes,
      boolean indexEnabled) {
    this.root = root;
    this.baseUrl = cacheUrl + "/cache/";
    this.io = io;
    this.lru = new LruAccounting(maxBytes);
    this.indexEnabled = indexEnabled;
  }

  /**
   * Opens the cache: removes temp files a crash left behind and, on a worker thread, reads the
   * sizes of existing files for LRU accounting (oldest modification first).
   *
   * @param indexEnabled false makes {@link #lookup} always miss (benchmarks measure pixel work)
   */
  public static Future<ContentCache> open(Vertx vertx, Path root, String cacheUrl, long maxBytes,
      boolean indexEnabled) {
    WorkerExecutor io = vertx.createSharedWorkerExecutor("image-edit-cache-io", 4);
    ContentCache cache = new ContentCache(root, cacheUrl, io, maxBytes, indexEnabled);
    return io.executeBlocking(() -> {
      cache.scan();
      return cache;
    }, false);
  }

  /** Stores an image; the extension follows the format ("jpg" for JPEG). */
  public Future<CachedFile> store(String prefix, Buffer bytes, ImageFormat format) {
    return store(prefix, bytes, format.extension());
  }

  /** Stores UTF-8 text (OCR results) as {@code prefix/<sha256>.txt}. */
  public Future<CachedFile> storeText(String prefix, String text) {
    return store(prefix, Buffer.buffer(text, "UTF-8"), "txt");
  }

  /** Stores a JSON document (metadata, history records) as {@code prefix/<sha256>.json}. */
  public Future<CachedFile> storeJson(String prefix, JsonObject json) {
    return store(prefix, json.toBuffer(), "json");
  }

  /** Stores bytes under {@code prefix/<sha256>.<extension>}; an existing identical file is reused. */
  public Future<CachedFile> store(String prefix, Buffer bytes, String extension) {
    return io.executeBlocking(() -> {
      String sha = ImageOps.sha256(bytes);
      String key = CacheKeys.key(prefix, sha, extension);
      Path target = root.resolve(key);
      if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
          || Files.size(target) != bytes.length()) {
        writeAtomically(target, bytes);
      }
      lru.add(key, bytes.length(), this::evict);
      return new CachedFile(key, urlFor(key), target, bytes.length(), sha,
          CacheKeys.mimeType(key));
    }, false);
  }

  /** Reads a cached file by key; fails with {@link NoSuchFileException} when absent. */
  public Future<Buffer> read(String key) {
    Optional<Path> path = pathFor(key);
    if (path.isEmpty()) {
      return Future.failedFuture(new NoSuchFileException(key));
    }
    return io.executeBlocking(() -> {
      byte[] bytes = Files.readAllBytes(path.get());
      lru.touch(key);
      return Buffer.buffer(bytes);
    }, false);
  }

  /**
   * The stored result for an operation key, or null: a JSON object the caller saved with
   * {@link #remember}, returned only while the file it names is still in the cache.
   */
  public Future<JsonObject> lookup(String opKey) {
    if (!indexEnabled) {
      return Future.succeededFuture(null);
    }
    Path entry = indexPath(opKey);
    return io.executeBlocking(() -> {
      if (!Files.isRegularFile(entry)) {
        return null;
      }
      JsonObject value = new JsonObject(Files.readString(entry));
      String key = value.getString("key");
      if (key == null || pathFor(key).map(p -> !Files.isRegularFile(p)).orElse(true)) {
        return null;
      }
      lru.touch(key);
      return value;
    }, false);
  }

  /** Records the result of an operation; {@code value} must carry the result's "key". */
  public Future<Void> remember(String opKey, JsonObject value) {
    if (!indexEnabled) {
      return Future.succeededFuture();
    }
    Path entry = indexPath(opKey);
    return io.executeBlocking(() -> {
      writeAtomically(entry, value.toBuffer());
      return null;
    }, false);
  }

  /** A stable key for (operation, canonical parameters, source hash). */
  public static String operationKey(String operation, JsonObject params, String sourceSha256) {
    String canonical = operation + "\n" + canonical(params) + "\n" + sourceSha256;
    return ImageOps.sha256(canonical.getBytes(StandardCharsets.UTF_8));
  }

  /** {CACHE_URL}/cache/{key} */
  public String urlFor(String key) {
    return baseUrl + key;
  }

  /** The key of a URL that points into this cache, if it does and the key is well-formed. */
  public Optional<String> keyFromUrl(String url) {
    if (url == null || !url.startsWith(baseUrl)) {
      return Optional.empty();
    }
    String key = url.substring(baseUrl.length());
    int cut = indexOfAny(key, '?', '#');
    if (cut >= 0) {
      key = key.substring(0, cut);
    }
    return CacheKeys.valid(key) ? Optional.of(key) : Optional.empty();
  }

  /** The file of a well-formed key (which cannot leave the cache directory). */
  public Optional<Path> pathFor(String key) {
    if (!CacheKeys.valid(key)) {
      return Optional.empty();
    }
    Path path = root.resolve(key).normalize();
    return path.startsWith(root) ? Optional.of(path) : Optional.empty();
  }

  public Path root() {
    return root;
  }

  /** Marks a key as recently used (served over /cache). */
  public void touch(String key) {
    lru.touch(key);
  }

  /** Bytes currently accounted for. */
  public long totalBytes() {
    return lru.total();
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  private Path indexPath(String opKey) {
    return root.resolve(INDEX_DIR).resolve(opKey.substring(0, 2)).resolve(opKey + ".json");
  }

  /** Temp file in the target's directory, fsync, atomic rename, fsync of the directory. */
  void writeAtomically(Path target, Buffer bytes) throws IOException {
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path temp = dir.resolve(TEMP_PREFIX + UUID.randomUUID());
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        ByteBuffer data = ((BufferInternal) bytes).getByteBuf().nioBuffer();
        while (data.hasRemaining()) {
          ch.write(data);
        }
        ch.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
        d.force(true);
      } catch (IOException ignored) {
        // Some file systems cannot sync a directory; the rename itself is still atomic.
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private void evict(String key) {
    try {
      pathFor(key).ifPresent(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot evict " + key + ": " + e.getCause());
    }
  }

  /** Removes crash leftovers and registers existing files, least recently modified first. */
  private void scan() throws IOException {
    TreeMap<Long, List<String[]>> byTime = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        if (p.getFileName().toString().startsWith(TEMP_PREFIX)) {
          Files.deleteIfExists(p);
          continue;
        }
        String key = root.relativize(p).toString().replace('\\', '/');
        if (CacheKeys.valid(key)) {
          byTime.computeIfAbsent(Files.getLastModifiedTime(p).toMillis(), t -> new ArrayList<>())
              .add(new String[] {key, String.valueOf(Files.size(p))});
        }
      }
    }
    byTime.values().forEach(list -> list.forEach(
        e -> lru.add(e[0], Long.parseLong(e[1]), this::evict)));
  }

  private static String canonical(JsonObject params) {
    if (params == null) {
      return "{}";
    }
    JsonObject sorted = new JsonObject(new TreeMap<>(params.getMap()));
    return sorted.encode();
  }
}

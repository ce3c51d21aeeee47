package io.imageedit.tools.ai;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.file.CopyOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated and edited images, newest last, persisted as one JSON file in CACHE_DIR so the
 * history survives restarts. Shared by every HTTP verticle: the list is guarded by this
 * object's lock, and file writes are chained so that they land in order, each atomically
 * (temp file, then rename).
 */
public final class AiImageHistory {
  static final String FILE_NAME = "ai-history.json";
  static final int MAX_RECORDS = 1000;
  private static final System.Logger LOG = System.getLogger(AiImageHistory.class.getName());

  private final Vertx vertx;
  private final Path file;
  private final List<JsonObject> records = new ArrayList<>();
  private Future<Void> writes = Future.succeededFuture();
  private boolean saveScheduled;

  private AiImageHistory(Vertx vertx, Path file) {
    this.vertx = vertx;
    this.file = file;
  }

  /**
   * The history kept in {@code cacheDir}; the existing file loads in the background (records
   * added meanwhile are written after it). A damaged file is set aside, not fatal.
   */
  public static AiImageHistory open(Vertx vertx, Path cacheDir) {
    AiImageHistory history = new AiImageHistory(vertx, cacheDir.resolve(FILE_NAME));
    synchronized (history) {
      history.writes = history.load();
    }
    return history;
  }

  private Future<Void> load() {
    String path = file.toString();
    return vertx.fileSystem().exists(path)
        .compose(exists -> exists ? vertx.fileSystem().readFile(path) : Future.succeededFuture())
        .map(buffer -> {
          if (buffer == null) {
            return null;
          }
          try {
            List<JsonObject> loaded = new ArrayList<>();
            for (Object item : new JsonArray(buffer)) {
              if (item instanceof JsonObject record) {
                loaded.add(record);
              }
            }
            synchronized (this) {
              records.addAll(0, loaded);
            }
          } catch (RuntimeException damaged) {
            LOG.log(System.Logger.Level.WARNING, "ignoring unreadable " + path + ": "
                + damaged.getMessage());
          }
          return null;
        })
        .<Void>mapEmpty()
        .recover(e -> Future.succeededFuture());
  }

  /**
   * Adds a record at once and schedules a save. Saves are coalesced: while one is being
   * written, later additions wait and go out together in the next one, so a burst of
   * thousands of results costs a few writes, and no caller waits for the disk.
   */
  public void add(JsonObject record) {
    synchronized (this) {
      records.add(record);
      while (records.size() > MAX_RECORDS) {
        records.remove(0);
      }
      if (saveScheduled) {
        return;
      }
      saveScheduled = true;
      writes = writes.transform(ar -> {
        JsonArray snapshot;
        synchronized (this) {
          saveScheduled = false;
          snapshot = new JsonArray(new ArrayList<>(records));
        }
        return save(snapshot);
      });
    }
  }

  /** Completes when every record added so far is on disk (tests, shutdown). */
  public synchronized Future<Void> flushed() {
    return writes;
  }

  /** Newest first, at most {@code limit}, optionally only one type (generate, edit). */
  public synchronized List<JsonObject> recent(int limit, String type) {
    List<JsonObject> out = new ArrayList<>();
    for (int i = records.size() - 1; i >= 0 && out.size() < limit; i--) {
      JsonObject record = records.get(i);
      if (type == null || type.equals(record.getString("type"))) {
        out.add(record.copy());
      }
    }
    return out;
  }

  public synchronized int size() {
    return records.size();
  }

  private Future<Void> save(JsonArray snapshot) {
    String temp = file + ".tmp";
    return vertx.fileSystem().writeFile(temp, snapshot.toBuffer())
        .compose(v -> vertx.fileSystem().move(temp, file.toString(),
            new CopyOptions().setReplaceExisting(true).setAtomicMove(true)))
        .onFailure(e -> LOG.log(System.Logger.Level.WARNING,
            "could not save the AI image history: " + e.getMessage()))
        .recover(e -> Future.succeededFuture());
  }
}

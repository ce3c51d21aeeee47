package io.imageedit.cache;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("The content cache stores by hash, atomically, and evicts least recently used files")
class ContentCacheStorageTest {

  private static List<Path> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  @DisplayName("50 concurrent stores of the same bytes leave exactly one file and no temp files")
  void concurrentIdentical(Vertx vertx, VertxTestContext ctx) throws Exception {
    Path dir = Files.createTempDirectory("cache-test");
    Buffer bytes = Buffer.buffer(new byte[200_000]).setString(0, "hello");
    ContentCache.open(vertx, dir, "http://x", 0, true).compose(cache -> {
      List<Future<CachedFile>> all = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        all.add(cache.store("uploads", bytes, "png"));
      }
      return Future.all(all).map(done -> {
        ctx.verify(() -> {
          List<Path> files = files(dir);
          assertEquals(1, files.size(), files.toString());
          assertEquals(bytes, Buffer.buffer(Files.readAllBytes(files.get(0))));
          assertEquals("http://x/cache/" + all.get(0).result().key(), all.get(0).result().url());
        });
        return done;
      });
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a write killed half-way leaves only a temp file, which is never served and is removed at start")
  void killedWrite(Vertx vertx, VertxTestContext ctx) throws Exception {
    Path dir = Files.createTempDirectory("cache-test");
    Path results = Files.createDirectories(dir.resolve("results"));
    // What a crash between write and rename leaves behind: a partial temp file, no target.
    Path leftover = results.resolve(ContentCache.TEMP_PREFIX + "1234");
    Files.write(leftover, new byte[] {1, 2, 3});
    ContentCache.open(vertx, dir, "http://x", 0, true).map(cache -> {
      ctx.verify(() -> {
        assertFalse(Files.exists(leftover));
        assertTrue(cache.pathFor("results/" + leftover.getFileName()).isEmpty());
        assertEquals(0, cache.totalBytes());
      });
      return cache;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("over CACHE_MAX_BYTES the least recently used file goes, and its index entry misses")
  void eviction(Vertx vertx, VertxTestContext ctx) throws Exception {
    Path dir = Files.createTempDirectory("cache-test");
    ContentCache.open(vertx, dir, "http://x", 250, true).compose(cache ->
        cache.store("results", Buffer.buffer(new byte[100]).setByte(0, (byte) 1), "png")
            .compose(a -> cache.remember("op-a", new JsonObject().put("key", a.key()))
                .compose(v -> cache.store("results", Buffer.buffer(new byte[100])
                    .setByte(0, (byte) 2), "png"))
                .compose(b -> cache.read(a.key())           // a is now more recent than b
                    .compose(v -> cache.store("results", Buffer.buffer(new byte[100])
                        .setByte(0, (byte) 3), "png"))
                    .compose(c -> {
                      ctx.verify(() -> {
                        assertTrue(Files.exists(a.path()), "recently read file was evicted");
                        assertFalse(Files.exists(b.path()), "least recently used file kept");
                        assertTrue(Files.exists(c.path()));
                        assertEquals(200, cache.totalBytes());
                      });
                      return cache.store("results", Buffer.buffer(new byte[200]), "png");
                    })
                    .compose(d -> cache.lookup("op-a"))
                    .map(hit -> {
                      ctx.verify(() -> assertNull(hit, "index pointed at an evicted file"));
                      return hit;
                    }))))
        .onComplete(ctx.succeedingThenComplete());
  }
}

package io.imageedit.tools;

import io.imageedit.testing.ImageFixture;
import io.imageedit.testing.TestImages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
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
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(VertxExtension.class)
@DisplayName("Repeated and concurrent identical calls share one result file and one computation")
class ResultIndexTest {

  @Test
  @DisplayName("10 concurrent identical rotations write one file; a later call sends no job")
  void oneFile(Vertx vertx, VertxTestContext ctx) {
    ImageFixture.start(vertx, Map.of("/i.png", TestImages.pngWithMark(64, 48, 3, 4)))
        .compose(f -> {
          JsonObject args = new JsonObject().put("url", f.url("/i.png")).put("direction", "left90");
          List<Future<?>> calls = new ArrayList<>();
          for (int i = 0; i < 10; i++) {
            calls.add(f.call("rotate_image", args));
          }
          return Future.all(calls).compose(all -> {
            long jobs = f.app().services().imageClient().jobsSent();
            return f.call("rotate_image", args).map(again -> {
              ctx.verify(() -> {
                assertEquals(jobs, f.app().services().imageClient().jobsSent(),
                    "a repeated call ran pixel work");
                String key = ImageFixture.data(again).getString("key");
                for (int i = 0; i < 10; i++) {
                  assertEquals(key, ImageFixture.data(all.resultAt(i)).getString("key"));
                }
                Path results = f.app().config().image().cacheDir().resolve("results");
                try (Stream<Path> files = Files.list(results)) {
                  assertEquals(List.of(results.resolve(key.substring("results/".length()))),
                      files.toList());
                }
              });
              return again;
            });
          });
        })
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("with RESULT_CACHE=false a repeated call computes again but stores the same file")
  void disabled(Vertx vertx, VertxTestContext ctx) {
    ImageFixture.start(vertx, Map.of("/i.png", TestImages.pngWithMark(16, 16, 3, 4)),
            Map.of("RESULT_CACHE", "false"))
        .compose(f -> {
          JsonObject args = new JsonObject().put("url", f.url("/i.png")).put("axis", "vertical");
          return f.call("flip_image", args).compose(first -> {
            long jobs = f.app().services().imageClient().jobsSent();
            return f.call("flip_image", args).map(second -> {
              ctx.verify(() -> {
                assertEquals(jobs + 1, f.app().services().imageClient().jobsSent());
                assertEquals(ImageFixture.data(first).getString("key"),
                    ImageFixture.data(second).getString("key"));
              });
              return second;
            });
          });
        })
        .onComplete(ctx.succeedingThenComplete());
  }
}

package io.imageedit.image;

import io.imageedit.testing.TestApp;
import io.imageedit.testing.TestImages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("The worker pool fails fast when overloaded and abandons jobs past their timeout")
class WorkerPoolLimitsTest {
  private static Buffer large;

  @BeforeAll
  static void image() {
    large = TestImages.jpeg(2500, 2000);
  }

  @Test
  @DisplayName("beyond IMAGE_QUEUE_MAX pending jobs, calls fail at once with 'server busy, retry'")
  void busy(Vertx vertx, VertxTestContext ctx) {
    TestApp.start(vertx, Map.of("IMAGE_WORKERS", "1", "IMAGE_QUEUE_MAX", "3"))
        .compose(app -> {
          ImageClient client = app.services().imageClient();
          List<Future<EncodedImage>> jobs = new ArrayList<>();
          for (int i = 0; i < 8; i++) {
            jobs.add(client.transform(ImageOperation.ROTATE, large, new io.vertx.core.json
                .JsonObject().put("direction", "right90"), null, 0));
          }
          return Future.join(jobs).transform(done -> {
            ctx.verify(() -> {
              long ok = jobs.stream().filter(Future::succeeded).count();
              long busy = jobs.stream().filter(f -> f.failed()
                  && f.cause().getMessage().startsWith("server busy")
                  && f.cause().getMessage().contains("retry")).count();
              assertEquals(3, ok);
              assertEquals(5, busy);
              assertEquals(0, client.pending());
            });
            return Future.succeededFuture();
          });
        })
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a job longer than IMAGE_JOB_TIMEOUT_MS fails with a timeout message")
  void timeout(Vertx vertx, VertxTestContext ctx) {
    TestApp.start(vertx, Map.of("IMAGE_WORKERS", "1", "IMAGE_JOB_TIMEOUT_MS", "100"))
        .compose(app -> app.services().imageClient().transform(ImageOperation.ROTATE, large,
            new io.vertx.core.json.JsonObject().put("degrees", 33), ImageFormat.PNG, 0))
        .onComplete(ar -> ctx.verify(() -> {
          assertTrue(ar.failed(), "the job finished within 100 ms");
          assertTrue(ar.cause().getMessage().startsWith("image processing took longer than 0.1 s"),
              ar.cause().getMessage());
          ctx.completeNow();
        }));
  }

  @Test
  @DisplayName("undecodable bytes come back as a clear error, not an internal one")
  void corrupt(Vertx vertx, VertxTestContext ctx) {
    Buffer truncated = TestImages.coordinatePng(256, 256).slice(0, 300).copy();
    TestApp.start(vertx, Map.of())
        .compose(app -> app.services().imageClient().reencode(truncated, ImageFormat.PNG, true))
        .onComplete(ar -> ctx.verify(() -> {
          assertTrue(ar.failed());
          assertEquals("the PNG image could not be decoded (truncated or corrupt file)",
              ar.cause().getMessage());
          ctx.completeNow();
        }));
  }
}

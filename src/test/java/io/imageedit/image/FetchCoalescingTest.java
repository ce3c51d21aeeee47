package io.imageedit.image;

import io.imageedit.testing.ImageServer;
import io.imageedit.testing.TestImages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(VertxExtension.class)
@DisplayName("Concurrent fetches of one URL download it once, and it stays cached for a while")
class FetchCoalescingTest {

  @Test
  @DisplayName("20 concurrent fetches and a later one cause a single request")
  void coalesced(Vertx vertx, VertxTestContext ctx) {
    ImageServer.start(vertx).compose(server -> {
      // Answer late so that all 20 fetches are in flight together.
      server.handle("/img.png", req -> vertx.setTimer(200, id -> req.response()
          .putHeader("Content-Type", "image/png").end(TestImages.pngWithMark(8, 8, 1, 1))));
      return FetchLimitsTest.fetcher(vertx, Map.of("ALLOW_PRIVATE_URLS", "true"))
          .compose(f -> {
            List<Future<SourceImage>> all = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
              all.add(f.fetch(server.url("/img.png")));
            }
            return Future.all(all).compose(v -> f.fetch(server.url("/img.png")));
          })
          .map(last -> {
            ctx.verify(() -> {
              assertEquals(8, last.width());
              assertEquals(1, server.requests());
            });
            return last;
          });
    }).onComplete(ctx.succeedingThenComplete());
  }
}

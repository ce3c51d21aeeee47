package io.imageedit.tools.ai;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(VertxExtension.class)
@DisplayName("The AI image history is persisted as JSON in CACHE_DIR and survives a restart")
class AiImageHistoryTest {

  @Test
  @DisplayName("a burst of records is saved and a new instance on the same directory reads them back, newest first")
  void persists(Vertx vertx, VertxTestContext test) throws Exception {
    Path dir = Files.createTempDirectory("ai-history");
    AiImageHistory history = AiImageHistory.open(vertx, dir);
    for (int i = 0; i < 50; i++) {
      history.add(new JsonObject().put("type", i % 2 == 0 ? "generate" : "edit").put("n", i));
    }
    history.flushed().compose(v -> {
      AiImageHistory reopened = AiImageHistory.open(vertx, dir);
      return reopened.flushed().map(x -> reopened);
    }).onComplete(test.succeeding(reopened -> test.verify(() -> {
      assertEquals(50, reopened.size());
      assertEquals(49, reopened.recent(1, null).get(0).getInteger("n"));
      assertEquals(48, reopened.recent(1, "generate").get(0).getInteger("n"));
      assertEquals(3, reopened.recent(3, "edit").size());
      test.completeNow();
    })));
  }
}

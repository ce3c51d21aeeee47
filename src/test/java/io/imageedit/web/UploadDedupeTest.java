package io.imageedit.web;

import io.imageedit.testing.TestImages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("the same file uploaded again is stored once and keeps its URL")
class UploadDedupeTest {

  @Test
  @DisplayName("uploading a file twice gives the same URL; a different file gets another")
  void sequential(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    Buffer png = TestImages.pngWithMark(30, 30, 4, 4);
    Buffer other = TestImages.pngWithMark(30, 30, 5, 4);
    Uploads.start(vertx, Map.of()).compose(app -> Uploads.post(client, app, Uploads.Part.file("a.png", png))
        .compose(first -> Uploads.post(client, app, Uploads.Part.file("renamed.png", png))
            .compose(second -> Uploads.post(client, app, Uploads.Part.file("b.png", other))
                .map(third -> {
                  ctx.verify(() -> {
                    assertEquals(first.bodyAsJsonObject().getString("url"),
                        second.bodyAsJsonObject().getString("url"));
                    assertNotEquals(first.bodyAsJsonObject().getString("url"),
                        third.bodyAsJsonObject().getString("url"));
                    assertEquals(2, Uploads.storedUploads(app).size());
                  });
                  return app;
                })))
        .compose(a -> a.stop(vertx)))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("eight concurrent uploads of one file all get the same URL and one stored file")
  void concurrent(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    Buffer jpeg = TestImages.jpeg(200, 150);
    Uploads.start(vertx, Map.of()).compose(app -> {
      List<Future<String>> all = IntStream.range(0, 8)
          .mapToObj(i -> Uploads.post(client, app, Uploads.Part.file("same-" + i + ".jpg", jpeg))
              .map(res -> {
                ctx.verify(() -> assertEquals(200, res.statusCode(), res.bodyAsString()));
                return res.bodyAsJsonObject().getString("url");
              }))
          .toList();
      return Future.all(all).map(done -> {
        Set<String> urls = all.stream().map(Future::result).collect(Collectors.toSet());
        ctx.verify(() -> {
          assertEquals(1, urls.size(), urls.toString());
          assertEquals(1, Uploads.storedUploads(app).size());
        });
        return app;
      }).compose(a -> Uploads.eventually(vertx, () -> Uploads.tempFiles(a).isEmpty(), 5000))
          .compose(v -> app.stop(vertx));
    }).onComplete(ctx.succeedingThenComplete());
  }
}

package io.imageedit.tools;

import io.imageedit.mcp.ToolResult;
import io.imageedit.testing.ImageFixture;
import io.imageedit.testing.TestImages;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("An image result carries structured content, the same JSON as text, a resource link and a bounded preview")
class ImageResultShapeTest {

  @Test
  @DisplayName("a large result gets a downscaled JPEG preview within PREVIEW_MAX_BYTES")
  void shape(Vertx vertx, VertxTestContext ctx) {
    ImageFixture.start(vertx, Map.of("/big.png", TestImages.noisePng(256, 256)),
            Map.of("PREVIEW_MAX_BYTES", "20000"))
        .compose(f -> f.call("rotate_image",
            new JsonObject().put("url", f.url("/big.png")).put("direction", "right90"))
            .map(r -> {
              ctx.verify(() -> check(f, r));
              return r;
            }))
        .onComplete(ctx.succeedingThenComplete());
  }

  private static void check(ImageFixture f, ToolResult r) {
    JsonObject data = ImageFixture.data(r);
    JsonArray content = r.content();
    assertEquals(3, content.size(), content.encode());
    assertEquals("text", content.getJsonObject(0).getString("type"));
    assertEquals(data, new JsonObject(content.getJsonObject(0).getString("text")));
    JsonObject link = content.getJsonObject(1);
    assertEquals("resource_link", link.getString("type"));
    assertEquals(data.getString("url"), link.getString("uri"));
    assertEquals("image/png", link.getString("mimeType"));
    assertEquals(data.getLong("bytes"), link.getLong("size"));
    assertEquals(f.url("/big.png"), data.getString("sourceUrl"));
    assertTrue(data.getLong("bytes") > 20000, "fixture should be larger than the preview cap");
    JsonObject preview = content.getJsonObject(2);
    assertEquals("image", preview.getString("type"));
    assertEquals("image/jpeg", preview.getString("mimeType"));
    byte[] bytes = Base64.getDecoder().decode(preview.getString("data"));
    assertTrue(bytes.length <= 20000, "preview is " + bytes.length + " bytes");
    assertTrue(TestImages.decode(Buffer.buffer(bytes)).getWidth() < 256, "preview not downscaled");
  }

  @Test
  @DisplayName("PREVIEW_MAX_BYTES=0 leaves the preview out")
  void disabled(Vertx vertx, VertxTestContext ctx) {
    ImageFixture.start(vertx, Map.of("/s.png", TestImages.pngWithMark(8, 8, 1, 1)),
            Map.of("PREVIEW_MAX_BYTES", "0"))
        .compose(f -> f.call("flip_image", new JsonObject().put("url", f.url("/s.png"))))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals(2, r.content().size());
          assertTrue(r.content().stream().noneMatch(
              b -> ((JsonObject) b).getString("type").equals("image")));
          ctx.completeNow();
        })));
  }
}

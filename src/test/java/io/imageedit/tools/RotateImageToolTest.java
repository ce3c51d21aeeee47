package io.imageedit.tools;

import io.imageedit.mcp.CallContext;
import io.imageedit.mcp.ToolResult;
import io.imageedit.testing.ImageServer;
import io.imageedit.testing.TestApp;
import io.imageedit.testing.TestImages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("rotate_image moves a known pixel to where a rotation puts it")
class RotateImageToolTest {

  static Future<ToolResult> call(TestApp app, String tool, JsonObject args) {
    return app.services().registry().tool(tool).orElseThrow().handler()
        .call(args, CallContext.detached());
  }

  static Future<TestApp> appWithImage(Vertx vertx, Buffer png, String[] urlOut) {
    return ImageServer.start(vertx).compose(server -> {
      server.serve("/img.png", "image/png", png);
      urlOut[0] = server.url("/img.png");
      return TestApp.start(vertx, Map.of("ALLOW_PRIVATE_URLS", "true"));
    });
  }

  @Test
  @DisplayName("right90, left90 and flip180 (in any spelling) land the mark exactly")
  void rotations(Vertx vertx, VertxTestContext ctx) {
    // 40x30 image, mark at (5, 2). Clockwise 90: (x,y) -> (H-1-y, x) in a 30x40 image.
    String[] url = new String[1];
    appWithImage(vertx, TestImages.pngWithMark(40, 30, 5, 2), url)
        .compose(app -> call(app, "rotate_image",
                new JsonObject().put("url", url[0]).put("direction", "Right_90"))
            .compose(right -> {
              ctx.verify(() -> assertMark(app, right, 30, 40, 27, 5));
              return call(app, "rotate_image",
                  new JsonObject().put("url", url[0]).put("direction", "left90"));
            })
            .compose(left -> {
              ctx.verify(() -> assertMark(app, left, 30, 40, 2, 34));
              return call(app, "rotate_image",
                  new JsonObject().put("url", url[0]).put("direction", "FLIP180"));
            })
            .map(flip -> {
              ctx.verify(() -> assertMark(app, flip, 40, 30, 34, 27));
              return null;
            }))
        .onComplete(ctx.succeedingThenComplete());
  }

  static void assertMark(TestApp app, ToolResult result, int w, int h, int x, int y)
      throws Exception {
    assertFalse(result.isError(), () -> result.toJson().encode());
    JsonObject data = (JsonObject) result.structuredContent();
    assertEquals(w, data.getInteger("width"));
    assertEquals(h, data.getInteger("height"));
    assertEquals("png", data.getString("format"));
    assertTrue(data.getString("url").startsWith(app.config().server().cacheUrl() + "/cache/results/"));
    Path file = app.config().image().cacheDir().resolve(data.getString("key"));
    BufferedImage img = TestImages.decode(Buffer.buffer(Files.readAllBytes(file)));
    assertEquals(w, img.getWidth());
    assertEquals(h, img.getHeight());
    assertArrayEquals(new int[] {x, y}, TestImages.findMark(img));
  }
}

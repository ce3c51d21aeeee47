package io.imageedit.tools;

import io.imageedit.mcp.CallContext;
import io.imageedit.testing.ImageServer;
import io.imageedit.testing.TestApp;
import io.imageedit.testing.TestImages;
import io.imageedit.testing.ImageFixture;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("With default settings the tools refuse images on loopback addresses")
class PrivateUrlRefusalToolTest {

  @Test
  @DisplayName("get_image_info on http://localhost is a tool error naming the address, and no request is made")
  void refusedByDefault(Vertx vertx, VertxTestContext ctx) {
    ImageServer.start(vertx).compose(server -> {
      server.serve("/i.png", "image/png", TestImages.pngWithMark(4, 4, 1, 1));
      return TestApp.start(vertx, Map.of()).compose(app -> ImageFixture.errorOf(
          app.services().registry().tool("get_image_info").orElseThrow().handler().call(
              new JsonObject().put("url", "http://localhost:" + server.port() + "/i.png"),
              CallContext.detached()))
          .map(message -> {
            ctx.verify(() -> {
              assertTrue(message.startsWith("refusing to fetch localhost: it resolves to"),
                  message);
              assertTrue(message.contains("(loopback)"), message);
              assertEquals(0, server.requests());
            });
            return message;
          }));
    }).onComplete(ctx.succeedingThenComplete());
  }
}

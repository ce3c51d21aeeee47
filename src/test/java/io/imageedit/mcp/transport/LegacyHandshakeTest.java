package io.imageedit.mcp.transport;

import io.imageedit.testing.FixtureTools;
import io.imageedit.testing.McpHttp;
import io.imageedit.testing.TestApp;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("A legacy client initializes, lists tools and calls one within its session")
class LegacyHandshakeTest {

  @Test
  @DisplayName("initialize answers with a session id, then tools/list and tools/call work")
  void handshake(Vertx vertx, VertxTestContext test) {
    TestApp.start(vertx, Map.of("SECRET_KEY", "s3cret"), new FixtureTools()).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      return http.post(McpHttp.initializeRequest("2025-06-18"), Map.of()).compose(init -> {
        test.verify(() -> {
          assertEquals(200, init.status());
          JsonObject result = init.json().getJsonObject("result");
          assertEquals("2025-06-18", result.getString("protocolVersion"));
          assertEquals("image-edit-mcp", result.getJsonObject("serverInfo").getString("name"));
          assertTrue(result.getJsonObject("capabilities").containsKey("tools"));
          String id = init.headers().get("Mcp-Session-Id");
          assertNotNull(id);
          assertTrue(id.chars().allMatch(c -> c >= 0x21 && c <= 0x7E));
        });
        String sid = init.headers().get("Mcp-Session-Id");
        return http.post(McpHttp.request(2, "tools/list", new JsonObject()), McpHttp.session(sid))
            .compose(list -> {
              test.verify(() -> assertTrue(list.json().getJsonObject("result").getJsonArray("tools")
                  .stream().anyMatch(t -> ((JsonObject) t).getString("name").equals("echo"))));
              return http.post(McpHttp.request(3, "tools/call", new JsonObject().put("name", "echo")
                  .put("arguments", new JsonObject().put("text", "hi"))), McpHttp.session(sid));
            });
      });
    }).onComplete(test.succeeding(call -> test.verify(() -> {
      assertEquals(200, call.status());
      assertEquals("hi", McpHttp.texts(call.response().getJsonObject("result")).getString(0));
      test.completeNow();
    })));
  }
}

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

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@ExtendWith(VertxExtension.class)
@DisplayName("Log notifications respect logging/setLevel (legacy) and _meta logLevel (modern)")
class LogLevelTest {

  @Test
  @DisplayName("after setLevel error only the error line arrives; a modern call without logLevel gets none")
  void levels(Vertx vertx, VertxTestContext test) {
    TestApp.start(vertx, Map.of(), new FixtureTools()).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      return http.openSession()
          .compose(sid -> http.post(McpHttp.request(2, "logging/setLevel",
                  new JsonObject().put("level", "error")), McpHttp.session(sid))
              .compose(set -> http.post(McpHttp.request(3, "tools/call",
                  new JsonObject().put("name", "log")), McpHttp.session(sid))))
          .compose(legacy -> {
            test.verify(() -> {
              List<JsonObject> messages = legacy.messages();
              assertEquals(2, messages.size(), legacy.body());
              JsonObject params = messages.get(0).getJsonObject("params");
              assertEquals("error", params.getString("level"));
              assertEquals("error line", params.getString("data"));
            });
            JsonObject modern = McpHttp.modernRequest(4, "tools/call", new JsonObject().put("name", "log"));
            return http.postModern(modern);
          });
    }).onComplete(test.succeeding(modern -> test.verify(() -> {
      assertFalse(modern.isSse(), modern.body());
      assertEquals("logged", McpHttp.texts(modern.json().getJsonObject("result")).getString(0));
      test.completeNow();
    })));
  }
}

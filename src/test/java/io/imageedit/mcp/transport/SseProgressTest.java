package io.imageedit.mcp.transport;

import io.imageedit.testing.FixtureTools;
import io.imageedit.testing.McpHttp;
import io.imageedit.testing.TestApp;
import io.vertx.core.Future;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("A response switches to SSE when the handler reports progress before its result")
class SseProgressTest {

  private static Map<String, String> withAccept(Map<String, String> headers, String accept) {
    Map<String, String> copy = new java.util.HashMap<>(headers);
    copy.put("Accept", accept);
    return copy;
  }

  @Test
  @DisplayName("progress goes out as strictly increasing SSE frames before the result; a quiet call stays JSON")
  void progressSwitchesToSse(Vertx vertx, VertxTestContext test) {
    TestApp.start(vertx, Map.of(), new FixtureTools()).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      return http.openSession().compose(sid -> Future.all(
          http.post(McpHttp.request(2, "tools/call", new JsonObject().put("name", "progress")
              .put("_meta", new JsonObject().put("progressToken", "tok"))), McpHttp.session(sid)),
          http.post(McpHttp.request(3, "tools/call", new JsonObject().put("name", "echo")
              .put("arguments", new JsonObject().put("text", "x"))), McpHttp.session(sid)),
          http.post(McpHttp.request(4, "tools/call", new JsonObject().put("name", "progress")),
              McpHttp.session(sid)),
          http.post(McpHttp.request(5, "tools/call", new JsonObject().put("name", "progress")
                  .put("_meta", new JsonObject().put("progressToken", "t2"))),
              withAccept(McpHttp.session(sid), "application/json"))));
    }).onComplete(test.succeeding(all -> test.verify(() -> {
      McpHttp.Reply sse = all.resultAt(0);
      assertTrue(sse.isSse(), sse.headers().toString());
      assertEquals("no-cache", sse.headers().get("Cache-Control"));
      assertEquals("no", sse.headers().get("X-Accel-Buffering"));
      assertTrue(sse.body().contains("event: message\ndata: "));
      List<JsonObject> messages = sse.messages();
      assertEquals(3, messages.size(), sse.body()); // the repeated value 1 was dropped
      assertEquals("notifications/progress", messages.get(0).getString("method"));
      assertEquals("tok", messages.get(0).getJsonObject("params").getString("progressToken"));
      assertEquals(1.0, messages.get(0).getJsonObject("params").getDouble("progress"));
      assertEquals(2.0, messages.get(1).getJsonObject("params").getDouble("progress"));
      assertEquals("finished", McpHttp.texts(messages.get(2).getJsonObject("result")).getString(0));
      McpHttp.Reply json = all.resultAt(1);
      assertFalse(json.isSse());
      assertEquals("application/json", json.headers().get("Content-Type"));
      // Without a progressToken there is nothing to send before the result.
      assertFalse(((McpHttp.Reply) all.resultAt(2)).isSse());
      // A client that accepts only JSON gets JSON: the progress notifications are dropped.
      McpHttp.Reply jsonOnly = all.resultAt(3);
      assertFalse(jsonOnly.isSse());
      assertEquals("finished", McpHttp.texts(jsonOnly.json().getJsonObject("result")).getString(0));
      test.completeNow();
    })));
  }
}

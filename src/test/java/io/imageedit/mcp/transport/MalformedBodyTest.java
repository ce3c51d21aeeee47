package io.imageedit.mcp.transport;

import io.imageedit.testing.FixtureTools;
import io.imageedit.testing.McpHttp;
import io.imageedit.testing.TestApp;
import io.vertx.core.CompositeFuture;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("A malformed POST gets 400 with the exact JSON-RPC error, and a notification-only POST 202")
class MalformedBodyTest {

  @Test
  @DisplayName("invalid JSON is -32700 with id null, a batch -32600, a non-JSON content type 415")
  void malformed(Vertx vertx, VertxTestContext test) {
    TestApp.start(vertx, Map.of(), new FixtureTools()).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      Map<String, String> json = Map.of("Content-Type", "application/json");
      return http.openSession().compose(sid -> Future.all(List.of(
          http.send(HttpMethod.POST, http.path(), json, Buffer.buffer("{\"jsonrpc\":")),
          http.send(HttpMethod.POST, http.path(), json, Buffer.buffer("[]")),
          http.send(HttpMethod.POST, http.path(), Map.of("Content-Type", "text/plain"), Buffer.buffer("{}")),
          http.post(new JsonObject().put("jsonrpc", "2.0").put("method", "notifications/initialized"),
              McpHttp.session(sid)))))
          .map(CompositeFuture::<McpHttp.Reply>list);
    }).onComplete(test.succeeding(r -> test.verify(() -> {
      McpHttp.Reply parse = r.get(0);
      assertEquals(400, parse.status());
      JsonObject error = parse.json();
      assertEquals(-32700, error.getJsonObject("error").getInteger("code"));
      assertTrue(error.containsKey("id") && error.getValue("id") == null);
      assertEquals(-32600, r.get(1).json().getJsonObject("error").getInteger("code"));
      assertEquals(415, r.get(2).status());
      assertEquals(202, r.get(3).status());
      assertEquals("", r.get(3).body());
      test.completeNow();
    })));
  }
}

package io.imageedit.mcp.transport;

import io.imageedit.testing.FixtureTools;
import io.imageedit.testing.McpHttp;
import io.imageedit.testing.TestApp;
import io.vertx.core.CompositeFuture;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(VertxExtension.class)
@DisplayName("Arguments marked x-mcp-header must be mirrored in matching Mcp-Param-* headers (stateless revision)")
class McpParamHeaderTest {

  private static Map<String, String> headers(JsonObject body, String region) {
    Map<String, String> h = new HashMap<>(McpHttp.modernHeaders(body));
    if (region != null) {
      h.put("Mcp-Param-Region", region);
    }
    return h;
  }

  @Test
  @DisplayName("a matching plain or base64 header passes; missing, different or malformed base64 is 400/-32020")
  void paramHeaders(Vertx vertx, VertxTestContext test) {
    JsonObject call = McpHttp.modernRequest(1, "tools/call", new JsonObject().put("name", "regional")
        .put("arguments", new JsonObject().put("region", "Hello")));
    JsonObject noArgument = McpHttp.modernRequest(2, "tools/call", new JsonObject().put("name", "regional")
        .put("arguments", new JsonObject()));
    TestApp.start(vertx, Map.of(), new FixtureTools()).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      return Future.all(List.of(
          http.post(call, headers(call, "Hello")),
          http.post(call, headers(call, "=?base64?SGVsbG8=?=")),
          http.post(noArgument, headers(noArgument, null)),
          http.post(call, headers(call, null)),
          http.post(call, headers(call, "Goodbye")),
          http.post(call, headers(call, "=?base64?SGVsbG8?=")),
          http.post(call, headers(call, "=?base64?SGVs!!!bG8=?="))))
          .map(CompositeFuture::<McpHttp.Reply>list);
    }).onComplete(test.succeeding(r -> test.verify(() -> {
      for (int i = 0; i < 3; i++) {
        assertEquals(200, r.get(i).status(), "case " + i + ": " + r.get(i).body());
      }
      for (int i = 3; i < 7; i++) {
        assertEquals(400, r.get(i).status(), "case " + i + ": " + r.get(i).body());
        assertEquals(-32020, r.get(i).json().getJsonObject("error").getInteger("code"));
      }
      test.completeNow();
    })));
  }
}

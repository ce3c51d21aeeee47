package io.imageedit.mcp.transport;

import io.imageedit.testing.FixtureTools;
import io.imageedit.testing.McpHttp;
import io.imageedit.testing.TestApp;
import io.vertx.core.CompositeFuture;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(VertxExtension.class)
@DisplayName("With a SECRET_KEY only /{SECRET_KEY}/mcp serves MCP; anything else is a plain 404")
class SecretPrefixTest {

  @Test
  @DisplayName("the right secret initializes; a wrong, partial or missing secret is 404")
  void secretPath(Vertx vertx, VertxTestContext test) {
    TestApp.start(vertx, Map.of("SECRET_KEY", "right-secret"), new FixtureTools()).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      Map<String, String> json = Map.of("Content-Type", "application/json");
      var body = McpHttp.initializeRequest("2025-11-25").toBuffer();
      return Future.all(List.of(
          http.send(HttpMethod.POST, "/right-secret/mcp", json, body),
          http.send(HttpMethod.POST, "/wrong-secret/mcp", json, body),
          http.send(HttpMethod.POST, "/right-secre/mcp", json, body),
          http.send(HttpMethod.POST, "/mcp", json, body)))
          .map(CompositeFuture::<McpHttp.Reply>list);
    }).onComplete(test.succeeding(r -> test.verify(() -> {
      assertEquals(200, r.get(0).status());
      for (int i = 1; i < 4; i++) {
        assertEquals(404, r.get(i).status(), "case " + i);
      }
      test.completeNow();
    })));
  }
}

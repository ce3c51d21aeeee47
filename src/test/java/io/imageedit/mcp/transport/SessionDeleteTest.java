package io.imageedit.mcp.transport;

import io.imageedit.testing.FixtureTools;
import io.imageedit.testing.McpHttp;
import io.imageedit.testing.TestApp;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(VertxExtension.class)
@DisplayName("DELETE ends a session: later requests with its id get 404")
class SessionDeleteTest {

  @Test
  @DisplayName("DELETE answers 200, then the same session id is 404 for POST and DELETE")
  void deleteThenNotFound(Vertx vertx, VertxTestContext test) {
    TestApp.start(vertx, Map.of(), new FixtureTools()).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      return http.openSession().compose(sid -> {
        int before = app.services().sessions().size();
        return http.send(HttpMethod.DELETE, http.path(), McpHttp.session(sid), null)
            .compose(deleted -> {
              test.verify(() -> {
                assertEquals(200, deleted.status());
                assertEquals(before - 1, app.services().sessions().size());
              });
              return http.post(McpHttp.request(2, "tools/list", new JsonObject()), McpHttp.session(sid));
            })
            .compose(after -> {
              test.verify(() -> assertEquals(404, after.status()));
              return http.send(HttpMethod.DELETE, http.path(), McpHttp.session(sid), null);
            });
      });
    }).onComplete(test.succeeding(again -> test.verify(() -> {
      assertEquals(404, again.status());
      test.completeNow();
    })));
  }
}

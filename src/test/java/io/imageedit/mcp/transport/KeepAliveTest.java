package io.imageedit.mcp.transport;

import io.imageedit.testing.FixtureTools;
import io.imageedit.testing.McpHttp;
import io.imageedit.testing.TestApp;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(VertxExtension.class)
@DisplayName("A long call sends ': keep-alive' comments every SSE_KEEPALIVE_SECONDS")
class KeepAliveTest {

  @Test
  @DisplayName("with SSE_KEEPALIVE_SECONDS=1 a silent running call turns into an SSE stream of keep-alive comments")
  void keepAlive(Vertx vertx, VertxTestContext test) {
    FixtureTools tools = new FixtureTools();
    JsonObject call = McpHttp.modernRequest(1, "tools/call", new JsonObject().put("name", "wait_for_cancel"));
    TestApp.start(vertx, Map.of("SSE_KEEPALIVE_SECONDS", "1"), tools).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      return http.open(call, McpHttp.modernHeaders(call)).compose(response -> {
        Promise<String> comment = Promise.promise();
        StringBuilder seen = new StringBuilder();
        response.handler(chunk -> {
          seen.append(chunk);
          if (seen.indexOf(": keep-alive\n\n") >= 0) {
            comment.tryComplete(response.getHeader("Content-Type"));
          }
        });
        return comment.future().compose(type -> response.request().connection().shutdown(0, TimeUnit.SECONDS).map(type));
      });
    }).onComplete(test.succeeding(type -> test.verify(() -> {
      assertEquals("text/event-stream", type);
      test.completeNow();
    })));
  }
}

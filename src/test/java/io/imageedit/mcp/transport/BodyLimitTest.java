package io.imageedit.mcp.transport;

import io.imageedit.testing.FixtureTools;
import io.imageedit.testing.McpHttp;
import io.imageedit.testing.TestApp;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("A body over MCP_MAX_BODY_BYTES is refused with 413")
class BodyLimitTest {
  private static final Map<String, String> LIMIT = Map.of("MCP_MAX_BODY_BYTES", "2048");

  private static Buffer body(int size) {
    String pad = "x".repeat(size);
    return Buffer.buffer("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"pad\":\""
        + pad + "\"}}");
  }

  /** POSTs an initialize padded to about {@code size} bytes, with its Content-Length. */
  private static Future<McpHttp.Reply> postSized(Vertx vertx, int size) {
    return TestApp.start(vertx, LIMIT, new FixtureTools()).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      return http.send(HttpMethod.POST, http.path(), Map.of("Content-Type", "application/json"),
          body(size));
    });
  }

  @Test
  @DisplayName("a declared Content-Length over the limit is 413 with a message naming the setting")
  void contentLength(Vertx vertx, VertxTestContext test) {
    postSized(vertx, 4096).onComplete(test.succeeding(reply -> test.verify(() -> {
          assertEquals(413, reply.status());
          assertTrue(reply.body().contains("MCP_MAX_BODY_BYTES"), reply.body());
          test.completeNow();
        })));
  }

  @Test
  @DisplayName("a chunked body (no Content-Length) is cut off at the limit with 413")
  void chunked(Vertx vertx, VertxTestContext test) {
    TestApp.start(vertx, LIMIT, new FixtureTools())
        .compose(app -> {
          McpHttp http = new McpHttp(vertx, app);
          return http.client().request(new RequestOptions().setMethod(HttpMethod.POST).setURI(http.path()))
              .compose(req -> {
                req.setChunked(true).putHeader("Content-Type", "application/json");
                req.write(body(1500));
                req.write(body(1500));
                return req.end().compose(v -> req.response());
              });
        })
        .onComplete(test.succeeding(resp -> test.verify(() -> {
          assertEquals(413, resp.statusCode());
          test.completeNow();
        })));
  }

  @Test
  @DisplayName("a body under the limit is served")
  void underLimit(Vertx vertx, VertxTestContext test) {
    postSized(vertx, 100).onComplete(test.succeeding(reply -> test.verify(() -> {
          assertEquals(200, reply.status());
          test.completeNow();
        })));
  }
}

package io.imageedit.mcp.transport;

import io.imageedit.testing.FixtureTools;
import io.imageedit.testing.McpHttp;
import io.imageedit.testing.SseReader;
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

@ExtendWith(VertxExtension.class)
@DisplayName("A server-to-client request goes out on the call's SSE stream and the POSTed answer comes back to the tool")
class ServerToClientRequestTest {

  @Test
  @DisplayName("sampling/createMessage arrives on the stream; the client's reply completes the tool call")
  void samplingRoundTrip(Vertx vertx, VertxTestContext test) {
    TestApp.start(vertx, Map.of(), new FixtureTools()).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      return http.openSession().compose(sid -> http.open(McpHttp.request(5, "tools/call",
              new JsonObject().put("name", "ask_client")), McpHttp.session(sid))
          .compose(response -> {
            SseReader reader = new SseReader(response);
            return reader.next(SseReader.method("sampling/createMessage"))
                .compose(request -> http.post(new JsonObject().put("jsonrpc", "2.0")
                    .put("id", request.getValue("id"))
                    .put("result", new JsonObject().put("role", "assistant").put("model", "m")
                        .put("content", new JsonObject().put("type", "text").put("text", "pong"))),
                    McpHttp.session(sid)))
                .compose(accepted -> {
                  test.verify(() -> assertEquals(202, accepted.status()));
                  return reader.next(SseReader.responseTo(5));
                });
          }));
    }).onComplete(test.succeeding(response -> test.verify(() -> {
      assertEquals("client said: pong", McpHttp.texts(response.getJsonObject("result")).getString(0));
      test.completeNow();
    })));
  }

  @Test
  @DisplayName("on the stateless revision the same tool answers input_required, and the retry with inputResponses completes")
  void inputRequiredRoundTrip(Vertx vertx, VertxTestContext test) {
    JsonObject first = McpHttp.modernRequest(6, "tools/call", new JsonObject().put("name", "ask_client"));
    first.getJsonObject("params").getJsonObject("_meta")
        .put("io.modelcontextprotocol/clientCapabilities", new JsonObject().put("sampling", new JsonObject()));
    TestApp.start(vertx, Map.of(), new FixtureTools()).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      return http.postModern(first).compose(reply -> {
        JsonObject result = reply.json().getJsonObject("result");
        test.verify(() -> {
          assertEquals("input_required", result.getString("resultType"));
          assertEquals("sampling/createMessage", result.getJsonObject("inputRequests")
              .getJsonObject("input-1").getString("method"));
        });
        JsonObject retry = first.copy().put("id", 7);
        retry.getJsonObject("params").put("inputResponses", new JsonObject().put("input-1",
            new JsonObject().put("role", "assistant").put("model", "m")
                .put("content", new JsonObject().put("type", "text").put("text", "again"))));
        return http.postModern(retry);
      });
    }).onComplete(test.succeeding(reply -> test.verify(() -> {
      JsonObject result = reply.json().getJsonObject("result");
      assertEquals("complete", result.getString("resultType"));
      assertEquals("client said: again", McpHttp.texts(result).getString(0));
      test.completeNow();
    })));
  }
}

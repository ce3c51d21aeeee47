package io.imageedit.mcp.transport;

import io.imageedit.testing.FixtureTools;
import io.imageedit.testing.McpHttp;
import io.imageedit.testing.SseReader;
import io.imageedit.testing.TestApp;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(VertxExtension.class)
@DisplayName("GET opens the session's server-to-client SSE stream, one per session")
class SessionStreamTest {

  @Test
  @DisplayName("the stream is text/event-stream, carries resource updates, a second GET is 409, DELETE ends it")
  void stream(Vertx vertx, VertxTestContext test) {
    TestApp.start(vertx, Map.of(), new FixtureTools()).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      return http.openSession().compose(sid -> http.post(McpHttp.request(2, "resources/subscribe",
              new JsonObject().put("uri", "test://static")), McpHttp.session(sid))
          .compose(subscribed -> http.client().request(new RequestOptions().setMethod(HttpMethod.GET)
              .setURI(http.path())))
          .compose(req -> {
            McpHttp.session(sid).forEach(req::putHeader);
            req.putHeader("Accept", "text/event-stream");
            return req.send();
          })
          .compose(stream -> {
            test.verify(() -> {
              assertEquals(200, stream.statusCode());
              assertEquals("text/event-stream", stream.getHeader("Content-Type"));
            });
            SseReader reader = new SseReader(stream);
            app.services().sessions().resourceUpdated("test://static");
            return reader.next(SseReader.method("notifications/resources/updated"))
                .compose(update -> {
                  test.verify(() -> assertEquals("test://static",
                      update.getJsonObject("params").getString("uri")));
                  return http.send(HttpMethod.GET, http.path(), McpHttp.session(sid), null);
                })
                .compose(second -> {
                  test.verify(() -> assertEquals(409, second.status()));
                  return http.send(HttpMethod.DELETE, http.path(), McpHttp.session(sid), null);
                })
                .compose(deleted -> reader.ended());
          }));
    }).onComplete(test.succeedingThenComplete());
  }
}

package io.imageedit.mcp.transport;

import io.imageedit.testing.FixtureTools;
import io.imageedit.testing.McpHttp;
import io.imageedit.testing.SseReader;
import io.imageedit.testing.TestApp;
import io.vertx.core.Future;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("Shutdown lets a running call finish and closes open SSE streams instead of waiting on them")
class GracefulShutdownTest {

  @Test
  @DisplayName("undeploy during a call: the call still answers, the GET stream ends, shutdown does not wait the full grace")
  void drain(Vertx vertx, VertxTestContext test) {
    TestApp.start(vertx, Map.of("SHUTDOWN_GRACE_SECONDS", "30"), new FixtureTools()).compose(app -> {
      McpHttp http = new McpHttp(vertx, app);
      return http.openSession().compose(sid -> http.client()
          .request(new RequestOptions().setMethod(HttpMethod.GET).setURI(http.path()))
          .compose(req -> {
            McpHttp.session(sid).forEach(req::putHeader);
            return req.send();
          })
          .compose(stream -> {
            SseReader reader = new SseReader(stream);
            Future<McpHttp.Reply> call = http.post(McpHttp.request(3, "tools/call",
                new JsonObject().put("name", "slow")), McpHttp.session(sid));
            long start = System.nanoTime();
            // The call is in flight (it answers after 500 ms) when shutdown starts.
            return vertx.timer(100).compose(t -> Future.all(call, reader.ended(), app.stop(vertx)))
                .map(all -> {
                  long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
                  test.verify(() -> {
                    McpHttp.Reply reply = all.resultAt(0);
                    assertEquals(200, reply.status());
                    assertEquals("slow done", McpHttp.texts(reply.response().getJsonObject("result"))
                        .getString(0));
                    assertTrue(seconds < 20, "shutdown waited " + seconds + " s for an open stream");
                  });
                  return all;
                });
          }));
    }).onComplete(test.succeedingThenComplete());
  }
}

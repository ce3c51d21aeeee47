package io.imageedit.testing;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Reads an SSE response as it arrives, so a test can act in the middle of a stream. */
public final class SseReader {
  private final StringBuilder pending = new StringBuilder();
  private final List<JsonObject> messages = new ArrayList<>();
  private final List<Waiter> waiters = new ArrayList<>();
  private final Promise<Void> ended = Promise.promise();

  private record Waiter(Predicate<JsonObject> match, Promise<JsonObject> promise) {
  }

  public SseReader(HttpClientResponse response) {
    response.handler(chunk -> {
      synchronized (this) {
        pending.append(chunk.toString());
        int end;
        while ((end = pending.indexOf("\n\n")) >= 0) {
          String frame = pending.substring(0, end);
          pending.delete(0, end + 2);
          for (String line : frame.split("\n")) {
            if (line.startsWith("data: ") && line.length() > 6) {
              JsonObject message = new JsonObject(line.substring(6));
              messages.add(message);
              waiters.removeIf(w -> w.match.test(message) && w.promise.tryComplete(message));
            }
          }
        }
      }
    });
    response.endHandler(v -> ended.tryComplete());
    response.exceptionHandler(err -> ended.tryComplete());
  }

  /** The first message (already received or still to come) matching {@code match}. */
  public synchronized Future<JsonObject> next(Predicate<JsonObject> match) {
    for (JsonObject m : messages) {
      if (match.test(m)) {
        return Future.succeededFuture(m);
      }
    }
    Promise<JsonObject> promise = Promise.promise();
    waiters.add(new Waiter(match, promise));
    return promise.future();
  }

  public synchronized List<JsonObject> messages() {
    return new ArrayList<>(messages);
  }

  public Future<Void> ended() {
    return ended.future();
  }

  public static Predicate<JsonObject> method(String name) {
    return m -> name.equals(m.getString("method"));
  }

  public static Predicate<JsonObject> responseTo(Object id) {
    return m -> m.getValue("id") != null && m.getValue("id").equals(id) && m.getString("method") == null;
  }
}

package io.imageedit.modelscope;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A ModelScope API-Inference stand-in on 127.0.0.1, following modelscope-api.md: checks the
 * bearer token, the async and task-type headers and the bodies; tasks go PENDING → RUNNING →
 * SUCCEED (or FAILED); failure modes are switched on per test. Serves the output image
 * itself. Also runnable as a process for scripts/bench-ai.sh.
 */
public final class FakeModelScope {
  public static final String KEY = "ms-test-key-0123";

  /** What the next requests to an endpoint get. */
  public enum Mode { OK, UNAUTHORIZED, BAD_REQUEST, RATE_LIMITED, SERVER_ERROR, GARBAGE,
    ERROR_IN_200, HANG, SYNC_IMAGES }

  /** What a task does once submitted. */
  public enum TaskPlan { SUCCEED, FAIL, NEVER_FINISH }

  /** One request as the fake received it. */
  public record Received(String method, String path, MultiMap headers, Buffer body) {
    public JsonObject json() {
      return body.length() == 0 ? null : new JsonObject(body);
    }
  }

  private final Vertx vertx;
  private HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, Task> tasks = new ConcurrentHashMap<>();
  private final AtomicInteger taskIds = new AtomicInteger();
  private final AtomicInteger polls = new AtomicInteger();
  private final AtomicLong lastPollMillis = new AtomicLong();
  /** Served at /outputs/*.png; /outputs/large*.png serves an 800x600 image instead. */
  private final byte[] outputPng = png(64, 48);
  private final byte[] largePng = png(800, 600);

  private volatile Mode chatMode = Mode.OK;
  private volatile Mode submitMode = Mode.OK;
  private volatile Mode pollMode = Mode.OK;
  /** How many requests a transient failure mode affects before answering normally. */
  private final AtomicInteger failuresLeft = new AtomicInteger(Integer.MAX_VALUE);
  private volatile String retryAfter = "0";
  private volatile TaskPlan taskPlan = TaskPlan.SUCCEED;
  private volatile int pendingPolls = 1;
  private volatile int runningPolls = 1;
  /** When > 0, tasks finish by time instead of poll counts (benchmark). */
  private volatile long taskMillis;
  private volatile Function<JsonObject, String> visionAnswer = body -> "{\"name\":\"猫\",\"description\":\"A cat.\"}";

  public FakeModelScope(Vertx vertx) {
    this.vertx = vertx;
  }

  public Future<FakeModelScope> start() {
    return start(0);
  }

  public Future<FakeModelScope> start(int port) {
    server = vertx.createHttpServer();
    return server.requestHandler(this::handle).listen(port, "127.0.0.1").map(s -> this);
  }

  public Future<Void> stop() {
    return server.close();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  // --- switches ---------------------------------------------------------------------------

  public FakeModelScope chatMode(Mode mode) {
    chatMode = mode;
    return this;
  }

  public FakeModelScope submitMode(Mode mode) {
    submitMode = mode;
    return this;
  }

  public FakeModelScope pollMode(Mode mode) {
    pollMode = mode;
    return this;
  }

  /** Transient modes (429, 500) stop after {@code n} answers. */
  public FakeModelScope failTimes(int n) {
    failuresLeft.set(n);
    return this;
  }

  public FakeModelScope retryAfter(String value) {
    retryAfter = value;
    return this;
  }

  public FakeModelScope taskPlan(TaskPlan plan) {
    taskPlan = plan;
    return this;
  }

  public FakeModelScope polls(int pending, int running) {
    pendingPolls = pending;
    runningPolls = running;
    return this;
  }

  public FakeModelScope taskMillis(long millis) {
    taskMillis = millis;
    return this;
  }

  public FakeModelScope visionAnswer(Function<JsonObject, String> answer) {
    visionAnswer = answer;
    return this;
  }

  public FakeModelScope visionAnswer(String answer) {
    return visionAnswer(body -> answer);
  }

  // --- observations -----------------------------------------------------------------------

  public List<Received> received() {
    return List.copyOf(received);
  }

  public List<Received> received(String pathPrefix) {
    return received.stream().filter(r -> r.path().startsWith(pathPrefix)).toList();
  }

  public int pollCount() {
    return polls.get();
  }

  public long lastPollMillis() {
    return lastPollMillis.get();
  }

  /** When the fake first answered SUCCEED for {@code taskId}, or 0. */
  public long succeededAtMillis(String taskId) {
    Task task = tasks.get(taskId);
    return task == null ? 0 : task.succeededAt;
  }

  public byte[] outputPng() {
    return outputPng.clone();
  }

  // --- handling ---------------------------------------------------------------------------

  private void handle(HttpServerRequest request) {
    request.body().onSuccess(body -> {
      String path = request.path();
      if (path.equals("/stats")) {
        JsonObject stats = new JsonObject();
        tasks.forEach((id, task) -> stats.put(id, task.succeededAt));
        ok(request.response(), stats);
        return;
      }
      if (path.startsWith("/outputs/")) {
        request.response().putHeader("Content-Type", "image/png")
            .end(Buffer.buffer(path.startsWith("/outputs/large") ? largePng : outputPng));
        return;
      }
      received.add(new Received(request.method().name(), path,
          MultiMap.caseInsensitiveMultiMap().addAll(request.headers()), body));
      HttpServerResponse response = request.response();
      if (!("Bearer " + KEY).equals(request.getHeader("Authorization"))) {
        error(response, 401, "Invalid API key");
        return;
      }
      if (path.equals("/v1/chat/completions") && request.method().name().equals("POST")) {
        chat(response, body);
      } else if (path.equals("/v1/images/generations") && request.method().name().equals("POST")) {
        submit(request, response, body);
      } else if (path.startsWith("/v1/tasks/") && request.method().name().equals("GET")) {
        poll(request, response, path.substring("/v1/tasks/".length()));
      } else {
        error(response, 404, "no such endpoint " + path);
      }
    });
  }

  /** Answers a failure mode, or returns false to let the normal answer go out. */
  private boolean failure(Mode mode, HttpServerResponse response) {
    switch (mode) {
      case OK, SYNC_IMAGES -> {
        return false;
      }
      case UNAUTHORIZED -> error(response, 401, "Unauthorized");
      case BAD_REQUEST -> error(response, 400, "size must be within [512x512, 2048x2048]");
      case RATE_LIMITED -> {
        if (failuresLeft.getAndDecrement() <= 0) {
          return false;
        }
        response.putHeader("Retry-After", retryAfter);
        error(response, 429, "Rate limit exceeded for model");
      }
      case SERVER_ERROR -> {
        if (failuresLeft.getAndDecrement() <= 0) {
          return false;
        }
        error(response, 500, "Internal Server Error");
      }
      case GARBAGE -> response.setStatusCode(200).putHeader("Content-Type", "text/html")
          .end("<html><body>Gateway maintenance: please come back later</body></html>");
      case ERROR_IN_200 -> response.setStatusCode(200).putHeader("Content-Type", "application/json")
          .end(new JsonObject().put("error", new JsonObject().put("message", "model is offline")
              .put("code", "ModelOffline")).encode());
      case HANG -> {
        // never answer
      }
    }
    return true;
  }

  private void chat(HttpServerResponse response, Buffer body) {
    if (failure(chatMode, response)) {
      return;
    }
    JsonObject json = new JsonObject(body);
    if (json.getString("model") == null || !(json.getValue("messages") instanceof JsonArray)) {
      error(response, 400, "model and messages are required");
      return;
    }
    JsonObject answer = new JsonObject().put("id", "chatcmpl-1").put("choices", new JsonArray()
        .add(new JsonObject().put("index", 0).put("message", new JsonObject()
            .put("role", "assistant").put("content", visionAnswer.apply(json)))));
    ok(response, answer);
  }

  private void submit(HttpServerRequest request, HttpServerResponse response, Buffer body) {
    if (failure(submitMode, response)) {
      return;
    }
    JsonObject json = new JsonObject(body);
    if (json.getString("model") == null || json.getString("prompt") == null) {
      error(response, 400, "model and prompt are required");
      return;
    }
    if (submitMode == Mode.SYNC_IMAGES) {
      ok(response, new JsonObject().put("images", new JsonArray()
          .add(new JsonObject().put("url", baseUrl() + "/outputs/sync.png"))));
      return;
    }
    if (!"true".equals(request.getHeader("X-ModelScope-Async-Mode"))) {
      error(response, 400, "synchronous calls are not supported by this fake without SYNC_IMAGES");
      return;
    }
    String id = "task-" + taskIds.incrementAndGet();
    tasks.put(id, new Task(System.currentTimeMillis(), taskPlan));
    ok(response, new JsonObject().put("task_id", id).put("request_id", "req-" + id));
  }

  private void poll(HttpServerRequest request, HttpServerResponse response, String id) {
    polls.incrementAndGet();
    lastPollMillis.set(System.currentTimeMillis());
    if (failure(pollMode, response)) {
      return;
    }
    if (!"image_generation".equals(request.getHeader("X-ModelScope-Task-Type"))) {
      error(response, 400, "X-ModelScope-Task-Type is required");
      return;
    }
    Task task = tasks.get(id);
    if (task == null) {
      error(response, 404, "task not found: " + id);
      return;
    }
    String status = task.statusAfterPoll();
    JsonObject answer = new JsonObject().put("task_id", id).put("task_status", status);
    if (status.equals("SUCCEED")) {
      answer.put("output_images", new JsonArray().add(baseUrl() + "/outputs/" + id + ".png"));
    } else if (status.equals("FAILED")) {
      answer.put("error", new JsonObject().put("code", "ContentFiltered")
          .put("message", "prompt was rejected by the safety filter"));
    }
    ok(response, answer);
  }

  private static void ok(HttpServerResponse response, JsonObject json) {
    response.setStatusCode(200).putHeader("Content-Type", "application/json; charset=utf-8")
        .end(json.toBuffer());
  }

  private static void error(HttpServerResponse response, int status, String message) {
    response.setStatusCode(status).putHeader("Content-Type", "application/json")
        .end(new JsonObject().put("error", new JsonObject().put("message", message)).encode());
  }

  private final class Task {
    final long createdAt;
    final TaskPlan plan;
    int polled;
    volatile long succeededAt;

    Task(long createdAt, TaskPlan plan) {
      this.createdAt = createdAt;
      this.plan = plan;
    }

    synchronized String statusAfterPoll() {
      polled++;
      boolean done;
      if (taskMillis > 0) {
        long age = System.currentTimeMillis() - createdAt;
        if (age < taskMillis / 5) {
          return "PENDING";
        }
        done = age >= taskMillis;
      } else {
        if (polled <= pendingPolls) {
          return "PENDING";
        }
        done = polled > pendingPolls + runningPolls;
      }
      if (!done || plan == TaskPlan.NEVER_FINISH) {
        return "RUNNING";
      }
      if (plan == TaskPlan.FAIL) {
        return "FAILED";
      }
      if (succeededAt == 0) {
        succeededAt = System.currentTimeMillis();
      }
      return "SUCCEED";
    }
  }

  static byte[] png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(250, 200, 40));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.DARK_GRAY);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Standalone for the benchmark: {@code FakeModelScope PORT TASK_MILLIS}. */
  public static void main(String[] args) {
    Vertx vertx = Vertx.vertx();
    int port = Integer.parseInt(args[0]);
    long millis = Long.parseLong(args[1]);
    new FakeModelScope(vertx).taskMillis(millis).start(port)
        .onSuccess(f -> System.out.println("fake ModelScope on " + f.baseUrl()))
        .onFailure(e -> {
          e.printStackTrace();
          System.exit(1);
        });
  }
}

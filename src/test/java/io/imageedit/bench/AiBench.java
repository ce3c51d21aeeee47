package io.imageedit.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load client for scripts/bench-ai.sh (not a test): holds N concurrent generate_image calls,
 * half over legacy sessions and half over the modern stateless revision, half of them
 * with a progressToken, then prints counts and the latency from the provider's completion
 * (as the fake records it) to the tool result arriving here.
 *
 * <p>Usage: AiBench MCP_URL FAKE_URL CALLS RAMP_MS
 */
public final class AiBench {
  private static final String LEGACY = "2025-11-25";
  private static final String MODERN = "2026-07-28";
  private static final int SESSIONS = 50;

  private final Vertx vertx = Vertx.vertx();
  private final HttpClient client;
  private final URI mcp;
  private final Map<String, Long> resultAt = new ConcurrentHashMap<>();
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger completed = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();

  private AiBench(URI mcp) {
    this.mcp = mcp;
    this.client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(mcp.getHost())
            .setDefaultPort(mcp.getPort()).setIdleTimeout(0).setConnectTimeout(60_000),
        new PoolOptions().setHttp1MaxSize(20_000).setMaxWaitQueueSize(-1));
  }

  public static void main(String[] args) throws Exception {
    URI mcp = URI.create(args[0]);
    String fake = args[1];
    int calls = Integer.parseInt(args[2]);
    long rampMs = Long.parseLong(args[3]);
    AiBench bench = new AiBench(mcp);
    bench.run(calls, rampMs, fake);
  }

  private void run(int calls, long rampMs, String fake) throws Exception {
    List<String> sessions = new ArrayList<>();
    for (int i = 0; i < SESSIONS; i++) {
      sessions.add(await(openSession()));
    }
    CountDownLatch done = new CountDownLatch(calls);
    long started = System.currentTimeMillis();
    for (int i = 0; i < calls; i++) {
      int n = i;
      long delay = Math.max(1, rampMs * i / calls);
      vertx.setTimer(delay, t -> call(n, n % 2 == 0 ? sessions.get(n % SESSIONS) : null)
          .onComplete(ar -> done.countDown()));
    }
    boolean finished = done.await(600, TimeUnit.SECONDS);
    long wall = System.currentTimeMillis() - started;
    JsonObject stats = await(get(URI.create(fake + "/stats"))).toJsonObject();
    List<Long> latencies = new ArrayList<>();
    resultAt.forEach((task, at) -> {
      long succeeded = stats.getLong(task, 0L);
      if (succeeded > 0) {
        latencies.add(at - succeeded);
      }
    });
    Collections.sort(latencies);
    System.out.println("calls:      " + calls + " (" + (calls + 1) / 2 + " legacy, " + calls / 2
        + " modern; half with progressToken)" + (finished ? "" : " — TIMED OUT"));
    System.out.println("completed:  " + completed.get());
    System.out.println("failed:     " + failed.get());
    System.out.println("wall time:  " + wall + " ms");
    if (!latencies.isEmpty()) {
      System.out.println("provider SUCCEED → tool result (ms): p50 " + pct(latencies, 50)
          + ", p99 " + pct(latencies, 99) + ", max " + latencies.get(latencies.size() - 1)
          + " (n=" + latencies.size() + ")");
    }
    synchronized (failures) {
      failures.stream().limit(5).forEach(f -> System.out.println("failure: " + f));
    }
    vertx.close();
  }

  private static long pct(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private Future<Void> call(int n, String session) {
    JsonObject params = new JsonObject().put("name", "generate_image")
        .put("arguments", new JsonObject().put("prompt", "bench #" + n + " 一只猫"));
    JsonObject meta = new JsonObject();
    if (n % 4 < 2 && n % 4 == (session == null ? 1 : 0)) {
      meta.put("progressToken", "p" + n);
    }
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setURI(mcp.getPath())
        .putHeader("Content-Type", "application/json")
        .putHeader("Accept", "application/json, text/event-stream");
    if (session != null) {
      options.putHeader("Mcp-Session-Id", session).putHeader("MCP-Protocol-Version", LEGACY);
    } else {
      meta.put("io.modelcontextprotocol/protocolVersion", MODERN)
          .put("io.modelcontextprotocol/clientCapabilities", new JsonObject());
      options.putHeader("MCP-Protocol-Version", MODERN).putHeader("Mcp-Method", "tools/call")
          .putHeader("Mcp-Name", "generate_image");
    }
    if (!meta.isEmpty()) {
      params.put("_meta", meta);
    }
    JsonObject body = new JsonObject().put("jsonrpc", "2.0").put("id", n).put("method", "tools/call")
        .put("params", params);
    return client.request(options)
        .compose(req -> req.send(body.toBuffer()))
        .compose(resp -> resp.body().map(b -> {
          long at = System.currentTimeMillis();
          JsonObject last = lastMessage(b.toString());
          JsonObject result = last == null ? null : last.getJsonObject("result");
          if (resp.statusCode() == 200 && result != null && !result.getBoolean("isError", false)) {
            completed.incrementAndGet();
            String task = result.getJsonObject("structuredContent", new JsonObject()).getString("taskId");
            if (task != null) {
              resultAt.put(task, at);
            }
          } else {
            failed.incrementAndGet();
            failures.add(resp.statusCode() + " " + abbreviate(b.toString()));
          }
          return (Void) null;
        }))
        .recover(e -> {
          failed.incrementAndGet();
          failures.add(String.valueOf(e));
          return Future.succeededFuture();
        });
  }

  private static JsonObject lastMessage(String body) {
    String text = body.strip();
    if (text.startsWith("{")) {
      return new JsonObject(text);
    }
    JsonObject last = null;
    for (String line : text.split("\n")) {
      if (line.startsWith("data: ") && line.length() > 6) {
        JsonObject m = new JsonObject(line.substring(6));
        if (m.containsKey("result") || m.containsKey("error")) {
          last = m;
        }
      }
    }
    return last;
  }

  private Future<String> openSession() {
    JsonObject init = new JsonObject().put("jsonrpc", "2.0").put("id", 0).put("method", "initialize")
        .put("params", new JsonObject().put("protocolVersion", LEGACY)
            .put("capabilities", new JsonObject())
            .put("clientInfo", new JsonObject().put("name", "bench").put("version", "1")));
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setURI(mcp.getPath())
        .putHeader("Content-Type", "application/json")
        .putHeader("Accept", "application/json, text/event-stream");
    return client.request(options).compose(req -> req.send(init.toBuffer()))
        .compose(resp -> resp.body().map(b -> resp.getHeader("Mcp-Session-Id")))
        .compose(id -> client.request(new RequestOptions(options)
                .putHeader("Mcp-Session-Id", id).putHeader("MCP-Protocol-Version", LEGACY))
            .compose(req -> req.send(new JsonObject().put("jsonrpc", "2.0")
                .put("method", "notifications/initialized").toBuffer()))
            .compose(resp -> resp.body())
            .map(b -> id));
  }

  private Future<Buffer> get(URI uri) {
    return vertx.createHttpClient().request(new RequestOptions().setAbsoluteURI(uri.toString()))
        .compose(req -> req.send()).compose(resp -> resp.body());
  }

  private static String abbreviate(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "…";
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }
}

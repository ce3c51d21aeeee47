package io.imageedit.testing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A raw HTTP client for the MCP endpoint: sends exact headers and bodies, reads JSON or SSE. */
public final class McpHttp {
  public static final String MODERN = "2026-07-28";

  /**
   * Vert.x 5 closes an HttpClient once it becomes unreachable; a test's client may become so
   * while its requests are still in flight, so every client is kept reachable here.
   */
  private static final List<HttpClient> KEEP_REACHABLE =
      java.util.Collections.synchronizedList(new ArrayList<>());

  private final HttpClient client;
  private final int port;
  private final String path;

  public McpHttp(Vertx vertx, TestApp app) {
    this.client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1")
        .setDefaultPort(app.port()));
    KEEP_REACHABLE.add(client);
    this.port = app.port();
    this.path = app.config().server().securePrefix() + "/mcp";
  }

  /** Status, headers and body of a finished exchange. */
  public record Reply(int status, MultiMap headers, String body) {
    public JsonObject json() {
      return new JsonObject(body);
    }

    public boolean isSse() {
      String type = headers.get("Content-Type");
      return type != null && type.startsWith("text/event-stream");
    }

    /** The JSON messages of an SSE body, in order (or the single JSON body). */
    public List<JsonObject> messages() {
      List<JsonObject> out = new ArrayList<>();
      if (!isSse()) {
        out.add(json());
        return out;
      }
      for (String line : body.split("\n")) {
        if (line.startsWith("data: ") && line.length() > 6) {
          out.add(new JsonObject(line.substring(6)));
        }
      }
      return out;
    }

    /** The last message: the response of a request. */
    public JsonObject response() {
      List<JsonObject> all = messages();
      return all.get(all.size() - 1);
    }
  }

  public String path() {
    return path;
  }

  public int port() {
    return port;
  }

  public HttpClient client() {
    return client;
  }

  public Future<Reply> send(HttpMethod method, String uri, Map<String, String> headers, Buffer body) {
    RequestOptions options = new RequestOptions().setMethod(method).setURI(uri);
    return client.request(options).compose(req -> {
      headers.forEach(req::putHeader);
      return (body == null ? req.send() : req.send(body))
          .compose(resp -> resp.body().map(b -> new Reply(resp.statusCode(), resp.headers(),
              b.toString())));
    });
  }

  /** A POST on the wire: its connection (to cut it) and its response, whenever headers arrive. */
  public record Pending(io.vertx.core.http.HttpClientRequest request,
      Future<io.vertx.core.http.HttpClientResponse> response) {
  }

  /**
   * POSTs without waiting for the response headers: a call that sends nothing before its
   * result has no headers until it ends.
   */
  public Future<Pending> start(JsonObject body, Map<String, String> headers) {
    return client.request(new RequestOptions().setMethod(HttpMethod.POST).setURI(path))
        .map(req -> {
          req.putHeader("Content-Type", "application/json")
              .putHeader("Accept", "application/json, text/event-stream");
          headers.forEach(req::putHeader);
          return new Pending(req, req.send(body.toBuffer()));
        });
  }

  /** POSTs and hands back the response as soon as its headers arrive (for streaming reads). */
  public Future<io.vertx.core.http.HttpClientResponse> open(JsonObject body, Map<String, String> headers) {
    return client.request(new RequestOptions().setMethod(HttpMethod.POST).setURI(path))
        .compose(req -> {
          req.putHeader("Content-Type", "application/json")
              .putHeader("Accept", "application/json, text/event-stream");
          headers.forEach(req::putHeader);
          return req.send(body.toBuffer());
        });
  }

  public Future<Reply> post(JsonObject body, Map<String, String> headers) {
    Map<String, String> all = new java.util.HashMap<>(Map.of("Content-Type", "application/json",
        "Accept", "application/json, text/event-stream"));
    all.putAll(headers);
    return send(HttpMethod.POST, path, all, body.toBuffer());
  }

  public static JsonObject request(Object id, String method, JsonObject params) {
    return new JsonObject().put("jsonrpc", "2.0").put("id", id).put("method", method)
        .put("params", params);
  }

  public static JsonObject initializeRequest(String version) {
    return request(1, "initialize", new JsonObject().put("protocolVersion", version)
        .put("capabilities", new JsonObject().put("sampling", new JsonObject()))
        .put("clientInfo", new JsonObject().put("name", "test").put("version", "1")));
  }

  /** initialize + notifications/initialized; completes with the session id. */
  public Future<String> openSession() {
    return post(initializeRequest("2025-11-25"), Map.of()).compose(reply -> {
      String sessionId = reply.headers().get("Mcp-Session-Id");
      if (reply.status() != 200 || sessionId == null) {
        return Future.failedFuture("initialize failed: " + reply.status() + " " + reply.body());
      }
      return post(new JsonObject().put("jsonrpc", "2.0").put("method", "notifications/initialized"),
          session(sessionId)).map(ignored -> sessionId);
    });
  }

  public static Map<String, String> session(String sessionId) {
    return Map.of("Mcp-Session-Id", sessionId, "MCP-Protocol-Version", "2025-11-25");
  }

  /** A modern request with the _meta envelope. */
  public static JsonObject modernRequest(Object id, String method, JsonObject params) {
    JsonObject p = params.copy();
    JsonObject meta = p.getJsonObject("_meta", new JsonObject());
    meta.put("io.modelcontextprotocol/protocolVersion", MODERN)
        .put("io.modelcontextprotocol/clientCapabilities", new JsonObject())
        .put("io.modelcontextprotocol/clientInfo", new JsonObject().put("name", "test").put("version", "1"));
    p.put("_meta", meta);
    return request(id, method, p);
  }

  /** The headers a conforming modern client sends for {@code body}. */
  public static Map<String, String> modernHeaders(JsonObject body) {
    Map<String, String> headers = new java.util.HashMap<>();
    headers.put("MCP-Protocol-Version", MODERN);
    headers.put("Mcp-Method", body.getString("method"));
    JsonObject params = body.getJsonObject("params", new JsonObject());
    String name = params.getString("name", params.getString("uri"));
    if (name != null) {
      headers.put("Mcp-Name", name);
    }
    return headers;
  }

  public Future<Reply> postModern(JsonObject body) {
    return post(body, modernHeaders(body));
  }

  public static JsonArray texts(JsonObject result) {
    JsonArray out = new JsonArray();
    result.getJsonArray("content", new JsonArray()).forEach(block -> out.add(((JsonObject) block)
        .getString("text")));
    return out;
  }
}

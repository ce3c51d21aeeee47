package io.imageedit.testing;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback HTTP server for fetch tests: serves fixed bodies by path and counts requests. */
public final class ImageServer {
  private final HttpServer server;
  private final Map<String, Handler<HttpServerRequest>> routes = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();

  private ImageServer(HttpServer server) {
    this.server = server;
  }

  public static Future<ImageServer> start(Vertx vertx) {
    HttpServer http = vertx.createHttpServer();
    ImageServer s = new ImageServer(http);
    http.requestHandler(req -> {
      s.requests.incrementAndGet();
      Handler<HttpServerRequest> h = s.routes.get(req.path());
      if (h == null) {
        req.response().setStatusCode(404).end();
      } else {
        h.handle(req);
      }
    });
    return http.listen(0, "127.0.0.1").map(v -> s);
  }

  public ImageServer serve(String path, String contentType, Buffer body) {
    return handle(path, req -> req.response().putHeader("Content-Type", contentType).end(body));
  }

  public ImageServer redirect(String path, String location) {
    return handle(path, req -> req.response().setStatusCode(302).putHeader("Location", location)
        .end());
  }

  public ImageServer handle(String path, Handler<HttpServerRequest> handler) {
    routes.put(path, handler);
    return this;
  }

  public int port() {
    return server.actualPort();
  }

  /** http://127.0.0.1:PORT + path */
  public String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  public int requests() {
    return requests.get();
  }
}

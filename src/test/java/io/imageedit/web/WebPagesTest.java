package io.imageedit.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("the landing, key and upload pages are self-contained and carry strict security headers")
class WebPagesTest {
  private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern EXTERNAL = Pattern.compile("(src|href)=\"(https?:)?//",
      Pattern.CASE_INSENSITIVE);

  private static void assertStrictPage(HttpResponse<Buffer> res) {
    assertEquals(200, res.statusCode());
    assertTrue(res.getHeader("Content-Type").startsWith("text/html"));
    String csp = res.getHeader("Content-Security-Policy");
    assertNotNull(csp);
    assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'")
        && csp.contains("frame-ancestors 'none'"), csp);
    assertFalse(csp.contains("unsafe-inline"), csp);
    assertEquals("nosniff", res.getHeader("X-Content-Type-Options"));
    assertEquals("no-referrer", res.getHeader("Referrer-Policy"));
    assertEquals("DENY", res.getHeader("X-Frame-Options"));
    String html = res.bodyAsString();
    Matcher m = SCRIPT.matcher(html);
    while (m.find()) {
      assertTrue(m.group(1).contains("src=\"/assets/"), "no inline script: " + m.group());
    }
    assertFalse(html.contains(" style=\""), "no inline styles");
    assertFalse(EXTERNAL.matcher(html).find(), "no external assets");
  }

  @Test
  @DisplayName("GET /, /secret and /{secret}/upload are strict, self-contained pages")
  void pages(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    Uploads.start(vertx, Map.of("MODELSCOPE_API_KEY", "ms-test-key-not-real")).compose(app -> {
      List<String> urls = List.of(app.baseUrl() + "/", app.baseUrl() + "/secret",
          app.secureUrl() + "/upload");
      Future<Void> chain = Future.succeededFuture();
      for (String url : urls) {
        chain = chain.compose(v -> client.getAbs(url).send().map(res -> {
          ctx.verify(() -> {
            assertStrictPage(res);
            assertFalse(res.bodyAsString().contains(Uploads.SECRET), url + " reveals the secret");
            assertFalse(res.bodyAsString().contains("ms-test-key-not-real"), url + " reveals the AI key");
          });
          return (Void) null;
        }));
      }
      return chain.compose(v -> client.getAbs(app.baseUrl() + "/").send()).map(res -> {
        String html = res.bodyAsString();
        ctx.verify(() -> {
          assertTrue(html.contains(app.config().server().cacheUrl() + "/{SECRET_KEY}/mcp"), html);
          assertTrue(html.contains("data-ai=\"configured\""));
          assertTrue(html.contains("data-secret=\"set\""));
          assertTrue(html.contains("href=\"/secret\""));
        });
        return app;
      }).compose(a -> a.stop(vertx));
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a wrong or missing secret makes the upload page and API a plain 404")
  void wrongSecret(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    Uploads.start(vertx, Map.of()).compose(app -> client.getAbs(app.baseUrl() + "/wrong/upload").send()
        .compose(a -> client.getAbs(app.baseUrl() + "/upload").send().map(b -> List.of(a, b)))
        .compose(list -> client.postAbs(app.baseUrl() + "/upload")
            .putHeader("Content-Type", Uploads.contentType())
            .sendBuffer(Uploads.body(Uploads.Part.file("x.png", Buffer.buffer("x"))))
            .map(c -> {
              ctx.verify(() -> {
                for (HttpResponse<Buffer> r : List.of(list.get(0), list.get(1), c)) {
                  assertEquals(404, r.statusCode());
                }
                assertTrue(Uploads.storedUploads(app).isEmpty());
              });
              return app;
            }))
        .compose(a -> a.stop(vertx)))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("without SECRET_KEY the landing page warns and links /upload directly")
  void noSecret(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    Uploads.start(vertx, Map.of("SECRET_KEY", "")).compose(app -> client.getAbs(app.baseUrl() + "/").send()
        .compose(landing -> client.getAbs(app.baseUrl() + "/upload").send().map(upload -> {
          ctx.verify(() -> {
            assertTrue(landing.bodyAsString().contains("data-secret=\"unset\""));
            assertTrue(landing.bodyAsString().contains("data-ai=\"missing\""));
            assertTrue(landing.bodyAsString().contains(app.config().server().cacheUrl() + "/mcp"));
            assertEquals(200, upload.statusCode());
          });
          return app;
        }))
        .compose(a -> a.stop(vertx)))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("scripts and styles are served from the jar with their types, and unknown assets are 404")
  void assets(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    Uploads.start(vertx, Map.of()).compose(app -> client.getAbs(app.baseUrl() + "/assets/upload.js").send()
        .compose(js -> client.getAbs(app.baseUrl() + "/assets/style.css").send().map(css -> {
          ctx.verify(() -> {
            assertEquals(200, js.statusCode());
            assertTrue(js.getHeader("Content-Type").startsWith("text/javascript"));
            assertEquals("nosniff", js.getHeader("X-Content-Type-Options"));
            assertTrue(js.bodyAsString().contains("XMLHttpRequest"));
            assertTrue(css.getHeader("Content-Type").startsWith("text/css"));
          });
          return js.getHeader("ETag");
        }))
        .compose(etag -> client.getAbs(app.baseUrl() + "/assets/upload.js")
            .putHeader("If-None-Match", etag).send())
        .compose(cached -> client.getAbs(app.baseUrl() + "/assets/../conf/config.json").send()
            .compose(traversal -> client.getAbs(app.baseUrl() + "/assets/missing.js").send()
                .map(missing -> {
                  ctx.verify(() -> {
                    assertEquals(304, cached.statusCode());
                    assertEquals(404, traversal.statusCode());
                    assertEquals(404, missing.statusCode());
                  });
                  return app;
                })))
        .compose(a -> a.stop(vertx)))
        .onComplete(ctx.succeedingThenComplete());
  }
}

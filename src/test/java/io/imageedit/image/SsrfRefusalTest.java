package io.imageedit.image;

import io.imageedit.mcp.ToolException;
import io.imageedit.testing.ImageServer;
import io.imageedit.testing.TestImages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("Fetching refuses loopback however it is spelled, and redirects into it")
class SsrfRefusalTest {

  @Test
  @DisplayName("127.0.0.1, localhost, numeric forms and IPv6 loopback are refused before any request")
  void loopbackForms(Vertx vertx, VertxTestContext ctx) {
    ImageServer.start(vertx).compose(server -> {
      server.serve("/a.png", "image/png", TestImages.pngWithMark(4, 4, 1, 1));
      int port = server.port();
      HttpImageDownloader strict = new HttpImageDownloader(vertx, false, 1_000_000, 5_000);
      List<String> urls = List.of(
          "http://127.0.0.1:" + port + "/a.png",
          "http://localhost:" + port + "/a.png",
          "http://LOCALHOST.:" + port + "/a.png",
          "http://2130706433:" + port + "/a.png",
          "http://0x7f000001:" + port + "/a.png",
          "http://0x7f.1:" + port + "/a.png",
          "http://0177.0.0.1:" + port + "/a.png",
          "http://127.1:" + port + "/a.png",
          "http://[::1]:" + port + "/a.png",
          "http://[::ffff:127.0.0.1]:" + port + "/a.png",
          "http://user@127.0.0.1:" + port + "/a.png");
      Future<Void> chain = Future.succeededFuture();
      for (String url : urls) {
        chain = chain.compose(v -> strict.download(url).transform(ar -> {
          ctx.verify(() -> {
            assertTrue(ar.failed(), url + " was fetched");
            assertInstanceOf(ToolException.class, ar.cause());
            assertTrue(ar.cause().getMessage().startsWith("refusing to fetch"),
                url + ": " + ar.cause().getMessage());
          });
          return Future.<Void>succeededFuture();
        }));
      }
      return chain.map(v -> {
        ctx.verify(() -> assertEquals(0, server.requests(), "a refused URL reached the server"));
        return v;
      });
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a redirect from an allowed host to a private address is refused at the hop")
  void redirectIntoPrivate(Vertx vertx, VertxTestContext ctx) {
    ImageServer.start(vertx).compose(server -> {
      server.serve("/secret.png", "image/png", TestImages.pngWithMark(4, 4, 1, 1));
      server.redirect("/hop", "http://127.0.0.2:" + server.port() + "/secret.png");
      server.redirect("/hop-octal", "http://0177.0.0.2:" + server.port() + "/secret.png");
      // Only 127.0.0.1 itself counts as public here; every other address uses the real policy.
      HttpImageDownloader d = new HttpImageDownloader(vertx,
          (InetAddress a) -> a.getHostAddress().equals("127.0.0.1") ? null
              : AddressPolicy.privateReason(a), 1_000_000, 5_000);
      return d.download(server.url("/hop")).transform(ar -> {
        ctx.verify(() -> {
          assertTrue(ar.failed());
          assertTrue(ar.cause().getMessage().contains("127.0.0.2 (loopback)"),
              ar.cause().getMessage());
        });
        return d.download(server.url("/hop-octal"));
      }).transform(ar -> {
        ctx.verify(() -> {
          assertTrue(ar.failed(), "redirect to 0177.0.0.2 was followed");
          assertTrue(ar.cause().getMessage().contains("refusing to fetch 0177.0.0.2"),
              ar.cause().getMessage());
          // /hop and /hop-octal once each; /secret.png never.
          assertEquals(2, server.requests());
        });
        return Future.succeededFuture();
      });
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("with ALLOW_PRIVATE_URLS a redirect chain is followed, but not beyond 5 hops")
  void redirectLimit(Vertx vertx, VertxTestContext ctx) {
    ImageServer.start(vertx).compose(server -> {
      server.serve("/img.png", "image/png", TestImages.pngWithMark(4, 4, 1, 1));
      for (int i = 0; i < 6; i++) {
        server.redirect("/r" + i, i == 0 ? "/img.png" : "/r" + (i - 1));
      }
      HttpImageDownloader d = new HttpImageDownloader(vertx, true, 1_000_000, 5_000);
      return d.download(server.url("/r4")).compose(body -> {
        ctx.verify(() -> assertEquals(ImageFormat.PNG, ImageSniffer.sniff(body).orElseThrow()));
        return d.download(server.url("/r5")).transform(ar -> {
          ctx.verify(() -> {
            assertTrue(ar.failed());
            assertTrue(ar.cause().getMessage().startsWith("too many redirects"),
                ar.cause().getMessage());
          });
          return Future.succeededFuture();
        });
      });
    }).onComplete(ctx.succeedingThenComplete());
  }
}

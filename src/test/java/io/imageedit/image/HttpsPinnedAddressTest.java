package io.imageedit.image;

import io.imageedit.testing.TestImages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.SelfSignedCertificate;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("HTTPS to a checked address still verifies the certificate against the host name")
class HttpsPinnedAddressTest {

  @Test
  @DisplayName("https://localhost connects to the resolved IP, sends Host: localhost and accepts a cert for localhost only")
  void sniAndHostnameVerification(Vertx vertx, VertxTestContext ctx) {
    SelfSignedCertificate cert = SelfSignedCertificate.create("localhost");
    Buffer png = TestImages.pngWithMark(6, 6, 1, 1);
    AtomicReference<String> host = new AtomicReference<>();
    vertx.createHttpServer(new HttpServerOptions().setSsl(true)
            .setKeyCertOptions(cert.keyCertOptions()))
        .requestHandler(req -> {
          host.set(req.getHeader("Host"));
          req.response().putHeader("Content-Type", "image/png").end(png);
        })
        .listen(0, "127.0.0.1")
        .compose(server -> {
          int port = server.actualPort();
          HttpImageDownloader d = new HttpImageDownloader(vertx, a -> null, 1_000_000, 5_000,
              cert.trustOptions());
          return d.download("https://localhost:" + port + "/x.png").compose(body -> {
            ctx.verify(() -> {
              assertEquals(png, body);
              assertEquals("localhost:" + port, host.get());
            });
            // Same server by IP: the certificate names localhost, so verification must fail.
            return d.download("https://127.0.0.1:" + port + "/x.png").transform(ar -> {
              ctx.verify(() -> assertTrue(ar.failed(), "certificate for localhost accepted for 127.0.0.1"));
              return Future.succeededFuture();
            });
          });
        })
        .onComplete(ctx.succeedingThenComplete());
  }
}

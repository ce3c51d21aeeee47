package io.imageedit.image;

import io.imageedit.testing.TestApp;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("The WebP binaries run from one extracted copy, not a new temporary file per start")
class WebpBinaryInstallTest {

  @Test
  @DisplayName("after start-up the library points at executable cwebp and dwebp under a .webp-bin folder")
  void binariesInstalledOnce(Vertx vertx, VertxTestContext test) {
    TestApp.start(vertx, Map.of()).onComplete(test.succeeding(app -> test.verify(() -> {
      String dir = System.getProperty("com.sksamuel.scrimage.webp.binary.dir");
      assertNotNull(dir, "the binary folder property is set");
      Path bin = Path.of(dir);
      assertTrue(bin.getParent().getFileName().toString().equals(".webp-bin"), dir);
      assertTrue(Files.isExecutable(bin.resolve("cwebp")), "cwebp");
      assertTrue(Files.isExecutable(bin.resolve("dwebp")), "dwebp");
      assertTrue(WebpSupport.available(), "WebP encodes and decodes with them");
      test.completeNow();
    })));
  }
}

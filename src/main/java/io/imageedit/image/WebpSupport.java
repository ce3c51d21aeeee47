package io.imageedit.image;

import com.sksamuel.scrimage.ImmutableImage;
import com.sksamuel.scrimage.webp.WebpWriter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Whether scrimage-webp's bundled cwebp/dwebp binaries run on this machine. Checked once, on
 * first use (on a worker thread: it spawns a process), by encoding and decoding a tiny image.
 */
public final class WebpSupport {
  private static final System.Logger LOG = System.getLogger(WebpSupport.class.getName());
  private static final String BINARY_DIR_PROPERTY = "com.sksamuel.scrimage.webp.binary.dir";
  private static final String LIBWEBP = "libwebp-1.4.0";
  private static final List<String> TOOLS = List.of("cwebp", "dwebp", "gif2webp");
  private static volatile Boolean available;

  private WebpSupport() {
  }

  /**
   * Left alone, scrimage-webp copies its binaries (6.6 MB) to a new temporary file on every
   * start and never removes them, so /tmp fills up across restarts. Extract them once under
   * {@code cacheDir/.webp-bin} instead and point the library there. Blocking: call on a worker.
   * A failure only means the library falls back to its own temporary copies.
   */
  public static void installBinaries(Path cacheDir) {
    String platform = platform();
    if (System.getProperty(BINARY_DIR_PROPERTY) != null || platform == null) {
      return;
    }
    Path dir = cacheDir.resolve(".webp-bin").resolve(LIBWEBP + "-" + platform);
    try {
      Files.createDirectories(dir);
      for (String tool : TOOLS) {
        Path target = dir.resolve(tool);
        if (Files.isExecutable(target)) {
          continue;
        }
        String resource = "/dist_webp_binaries/" + LIBWEBP + "-" + platform + "/bin/" + tool;
        try (InputStream in = WebpSupport.class.getResourceAsStream(resource)) {
          if (in == null) {
            return;
          }
          Path temp = Files.createTempFile(dir, ".tmp-" + tool, "");
          Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
          if (!temp.toFile().setExecutable(true, true)) {
            Files.deleteIfExists(temp);
            return;
          }
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      if (runs(dir.resolve("cwebp"))) {
        System.setProperty(BINARY_DIR_PROPERTY, dir.toString());
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot install the WebP binaries under " + dir
          + " (" + e + "); the library will use temporary copies");
    }
  }

  /** A volume mounted noexec holds the files but cannot run them. */
  private static boolean runs(Path binary) {
    try {
      Process p = new ProcessBuilder(binary.toString(), "-version")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "WebP binaries under " + binary.getParent()
          + " cannot run (" + e.getMessage() + "); the library will use temporary copies");
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    if (!os.contains("linux")) {
      return null;
    }
    return switch (arch) {
      case "amd64", "x86_64" -> "linux-x86-64";
      case "aarch64", "arm64" -> "linux-aarch64";
      default -> null;
    };
  }

  public static boolean available() {
    Boolean a = available;
    if (a == null) {
      synchronized (WebpSupport.class) {
        if (available == null) {
          available = probe();
        }
        a = available;
      }
    }
    return a;
  }

  private static boolean probe() {
    try {
      byte[] webp = ImmutableImage.create(2, 2).forWriter(WebpWriter.DEFAULT).bytes();
      ImmutableImage back = ImmutableImage.loader().fromBytes(webp);
      return back.width == 2 && back.height == 2;
    } catch (Exception | LinkageError e) {
      LOG.log(System.Logger.Level.WARNING, "WebP unavailable (scrimage-webp binaries do not run"
          + " here): " + e);
      return false;
    }
  }
}

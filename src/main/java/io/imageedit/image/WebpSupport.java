package io.imageedit.image;

import com.sksamuel.scrimage.ImmutableImage;
import com.sksamuel.scrimage.webp.WebpWriter;

/**
 * Whether scrimage-webp's bundled cwebp/dwebp binaries run on this machine. Checked once, on
 * first use (on a worker thread: it spawns a process), by encoding and decoding a tiny image.
 */
public final class WebpSupport {
  private static final System.Logger LOG = System.getLogger(WebpSupport.class.getName());
  private static volatile Boolean available;

  private WebpSupport() {
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

package io.imageedit.tools.ai;

import io.imageedit.image.EncodedImage;
import io.imageedit.image.ImageFormat;
import io.imageedit.image.SourceImage;
import io.vertx.core.Future;

import java.util.Base64;

/**
 * The image the vision model sees: the bytes this server fetched, decoded with EXIF
 * orientation applied, shrunk to VISION_MAX_SIDE and re-encoded (which also strips
 * metadata such as GPS), sent as a data: URL so the provider never fetches a URL itself.
 */
final class VisionImages {
  private static final int QUALITY = 90;

  private VisionImages() {
  }

  static Future<EncodedImage> prepare(AiContext ai, SourceImage source) {
    ImageFormat target = source.format() == ImageFormat.PNG ? ImageFormat.PNG : ImageFormat.JPEG;
    return ai.images().downscale(source.bytes(), ai.config().ai().visionMaxSide(), target, QUALITY);
  }

  static String dataUrl(EncodedImage image) {
    return "data:" + image.format().mime() + ";base64,"
        + Base64.getEncoder().encodeToString(image.bytes().getBytes());
  }
}

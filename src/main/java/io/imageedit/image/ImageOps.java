package io.imageedit.image;

import com.sksamuel.scrimage.ImmutableImage;
import com.sksamuel.scrimage.ScaleMethod;
import com.sksamuel.scrimage.metadata.Directory;
import com.sksamuel.scrimage.metadata.ImageMetadata;
import com.sksamuel.scrimage.metadata.Tag;
import com.sksamuel.scrimage.nio.GifWriter;
import com.sksamuel.scrimage.webp.WebpWriter;
import io.imageedit.mcp.ToolException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import io.vertx.core.json.JsonObject;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The pixel work itself, run on an image worker thread. Stateless apart from the limits; one
 * decoded image per call, never shared. Failures are {@link ImageJobException}s with a code
 * and a message a model can act on.
 */
public final class ImageOps {
  static final int DEFAULT_QUALITY = 90;

  private final long maxPixels;

  public ImageOps(long maxPixels) {
    this.maxPixels = maxPixels;
  }

  /** Runs a job: an {@link ImageInfo} for PROBE, an {@link EncodedImage} otherwise. */
  public Object run(ImageJob job) {
    ImageHeader header = header(job.input());
    if (job.operation() == ImageOperation.PROBE) {
      return probe(job.input(), header);
    }
    ImmutableImage image = decode(job.input(), header);
    JsonObject p = job.params() == null ? new JsonObject() : job.params();
    boolean opaque = !HeaderFacts.hasAlpha(job.input(), header.format())
        && !(job.operation() == ImageOperation.ROTATE && p.containsKey("degrees")
            && Colors.parse(p.getString("background", "transparent")).getAlpha() < 255);
    ImmutableImage result = switch (job.operation()) {
      case REENCODE -> image;
      case DOWNSCALE -> downscale(image, p.getInteger("maxSide", 1024));
      case ROTATE -> rotate(image, p);
      case FLIP -> flip(image, p.getString("axis", "horizontal"));
      case CROP -> crop(image, p);
      case RESIZE -> resize(image, p);
      case PROBE -> throw new IllegalStateException();
    };
    ImageFormat output = job.output() != null ? job.output() : defaultOutput(header.format());
    return encode(result, opaque, output, job.quality());
  }

  /** The format a result keeps when the caller names none. */
  public static ImageFormat defaultOutput(ImageFormat input) {
    return switch (input) {
      case BMP -> ImageFormat.PNG;
      case WEBP -> WebpSupport.available() ? ImageFormat.WEBP : ImageFormat.PNG;
      default -> input;
    };
  }

  ImageHeader header(Buffer input) {
    ImageHeader header;
    try {
      header = ImageSniffer.header(input);
    } catch (ToolException e) {
      throw new ImageJobException(ImageJobException.BAD_IMAGE, e.getMessage());
    }
    if (header.pixels() > maxPixels) {
      throw new ImageJobException(ImageJobException.TOO_LARGE, "the image is " + header.width()
          + "x" + header.height() + " (" + ImageSniffer.megapixels(header.pixels())
          + " MP); the limit is " + ImageSniffer.megapixels(maxPixels) + " MP. Use a smaller image");
    }
    return header;
  }

  ImmutableImage decode(Buffer input, ImageHeader header) {
    if (header.format() == ImageFormat.WEBP && !WebpSupport.available()) {
      throw new ImageJobException(ImageJobException.BAD_IMAGE,
          "WebP images cannot be decoded on this server; send PNG, JPEG, GIF or BMP");
    }
    try {
      return ImmutableImage.loader().detectOrientation(true).fromBytes(input.getBytes());
    } catch (IOException | RuntimeException e) {
      throw new ImageJobException(ImageJobException.BAD_IMAGE, "the "
          + header.format().wireName().toUpperCase(Locale.ROOT)
          + " image could not be decoded (truncated or corrupt file)");
    }
  }

  EncodedImage encode(ImmutableImage image, boolean opaque, ImageFormat output, int quality) {
    int q = quality <= 0 ? DEFAULT_QUALITY : Math.min(100, quality);
    ImmutableImage src = image;
    if (output == ImageFormat.JPEG && !opaque) {
      src = image.removeTransparency(Color.WHITE);
    }
    byte[] bytes;
    try {
      bytes = switch (output) {
        case PNG -> RasterEncoder.png(src.awt(), opaque);
        case JPEG -> RasterEncoder.jpeg(src.awt(), q);
        case GIF -> src.forWriter(GifWriter.Default).bytes();
        case WEBP -> webp(src, q);
        case BMP -> bmp(src);
      };
    } catch (IOException e) {
      throw new ImageJobException(ImageJobException.INTERNAL,
          "encoding " + output.wireName() + " failed: " + e.getMessage());
    }
    return new EncodedImage(Buffer.buffer(bytes), output, src.width, src.height, sha256(bytes));
  }

  private static byte[] webp(ImmutableImage image, int quality) throws IOException {
    if (!WebpSupport.available()) {
      throw new ImageJobException(ImageJobException.BAD_PARAMS,
          "WebP output is not available on this server; choose png, jpeg or gif");
    }
    return image.forWriter(WebpWriter.DEFAULT.withQ(quality)).bytes();
  }

  private static byte[] bmp(ImmutableImage image) throws IOException {
    BufferedImage rgb = new BufferedImage(image.width, image.height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    g.drawImage(image.removeTransparency(Color.WHITE).awt(), 0, 0, null);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(rgb, "bmp", out);
    return out.toByteArray();
  }

  ImmutableImage downscale(ImmutableImage image, int maxSide) {
    if (image.width <= maxSide && image.height <= maxSide) {
      return image;
    }
    double f = Math.min((double) maxSide / image.width, (double) maxSide / image.height);
    int w = Math.max(1, (int) Math.round(image.width * f));
    int h = Math.max(1, (int) Math.round(image.height * f));
    return ImmutableImage.wrapAwt(FastRaster.scale(image.awt(), w, h));
  }

  ImmutableImage rotate(ImmutableImage image, JsonObject p) {
    double degrees = p.containsKey("degrees") ? p.getDouble("degrees")
        : switch (p.getString("direction", "right90")) {
          case "left90" -> 270;
          case "flip180" -> 180;
          default -> 90;
        };
    double d = ((degrees % 360) + 360) % 360;
    if (d == 0) {
      return image;
    }
    if (d == 90 || d == 180 || d == 270) {
      return ImmutableImage.wrapAwt(FastRaster.rotate(image.awt(), (int) (d / 90)));
    }
    return rotateAny(image, d, Colors.parse(p.getString("background", "transparent")));
  }

  /** Any angle, clockwise, on a canvas that holds the whole rotated image. */
  private ImmutableImage rotateAny(ImmutableImage image, double degrees, Color background) {
    double rad = Math.toRadians(degrees);
    double sin = Math.abs(Math.sin(rad));
    double cos = Math.abs(Math.cos(rad));
    int w = (int) Math.ceil(image.width * cos + image.height * sin);
    int h = (int) Math.ceil(image.width * sin + image.height * cos);
    checkOutput(w, h);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = out.createGraphics();
    g.setColor(background);
    g.setComposite(java.awt.AlphaComposite.Src);
    g.fillRect(0, 0, w, h);
    g.setComposite(java.awt.AlphaComposite.SrcOver);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    AffineTransform t = new AffineTransform();
    t.translate(w / 2.0, h / 2.0);
    t.rotate(rad);
    t.translate(-image.width / 2.0, -image.height / 2.0);
    g.drawImage(image.awt(), t, null);
    g.dispose();
    return ImmutableImage.wrapAwt(out);
  }

  ImmutableImage flip(ImmutableImage image, String axis) {
    return ImmutableImage.wrapAwt(FastRaster.flip(image.awt(), "vertical".equals(axis)));
  }

  ImmutableImage crop(ImmutableImage image, JsonObject p) {
    CropBox box = CropBox.of(p.getDouble("x1"), p.getDouble("y1"), p.getDouble("x2"),
        p.getDouble("y2"), CropBox.Unit.parse(p.getString("unit")), image.width, image.height);
    return ImmutableImage.wrapAwt(
        FastRaster.crop(image.awt(), box.x(), box.y(), box.width(), box.height()));
  }

  ImmutableImage resize(ImmutableImage image, JsonObject p) {
    ResizePlan plan = ResizePlan.of(image.width, image.height, p.getInteger("width"),
        p.getInteger("height"), p.getString("mode", "fit"), p.getDouble("scale"));
    checkOutput(plan.scaleWidth(), plan.scaleHeight());
    if (plan.scaleWidth() == image.width && plan.scaleHeight() == image.height) {
      return image;
    }
    boolean shrink = plan.scaleWidth() <= image.width && plan.scaleHeight() <= image.height;
    ImmutableImage scaled = shrink
        ? ImmutableImage.wrapAwt(FastRaster.scale(image.awt(), plan.scaleWidth(),
            plan.scaleHeight()))
        : image.scaleTo(plan.scaleWidth(), plan.scaleHeight(), ScaleMethod.Bicubic);
    if (plan.width() == plan.scaleWidth() && plan.height() == plan.scaleHeight()) {
      return scaled;
    }
    // cover: centre-crop the overflow.
    int x = (plan.scaleWidth() - plan.width()) / 2;
    int y = (plan.scaleHeight() - plan.height()) / 2;
    return ImmutableImage.wrapAwt(
        FastRaster.crop(scaled.awt(), x, y, plan.width(), plan.height()));
  }

  private void checkOutput(long w, long h) {
    if (w * h > maxPixels) {
      throw new ImageJobException(ImageJobException.TOO_LARGE, "the result would be " + w + "x" + h
          + " (" + ImageSniffer.megapixels(w * h) + " MP); the limit is "
          + ImageSniffer.megapixels(maxPixels) + " MP. Ask for a smaller size");
    }
  }

  ImageInfo probe(Buffer input, ImageHeader header) {
    int orientation = 1;
    Map<String, String> tags = new LinkedHashMap<>();
    try {
      ImageMetadata metadata = ImageMetadata.fromBytes(input.getBytes());
      for (Directory dir : metadata.getDirectories()) {
        for (Tag tag : dir.getTags()) {
          if (tag.getName().equals("Orientation") && dir.getName().startsWith("Exif")) {
            orientation = parseOrientation(tag.getRawValue());
          }
          String key = ExifTags.keyFor(dir.getName(), tag.getName());
          if (key != null && tag.getValue() != null && !tag.getValue().isBlank()) {
            tags.putIfAbsent(key, tag.getValue().trim());
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // No readable metadata: report the image without tags.
    }
    boolean swap = orientation >= 5 && orientation <= 8;
    int w = swap ? header.height() : header.width();
    int h = swap ? header.width() : header.height();
    return new ImageInfo(header.format(), w, h, header.width(), header.height(), orientation,
        tags, frames(input, header.format()), HeaderFacts.hasAlpha(input, header.format()));
  }

  private static int parseOrientation(String raw) {
    try {
      int v = Integer.parseInt(raw.trim());
      return v >= 1 && v <= 8 ? v : 1;
    } catch (RuntimeException e) {
      return 1;
    }
  }

  private static int frames(Buffer input, ImageFormat format) {
    if (format == ImageFormat.WEBP) {
      return HeaderFacts.webpFrames(input);
    }
    if (format != ImageFormat.GIF) {
      return 1;
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(
        new java.io.ByteArrayInputStream(input.getBytes()))) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
      try {
        reader.setInput(in, false, true);
        return Math.max(1, reader.getNumImages(true));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return 1;
    }
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** SHA-256 of a buffer without copying it to a byte array first. */
  public static String sha256(Buffer buffer) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(((BufferInternal) buffer).getByteBuf().nioBuffer());
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

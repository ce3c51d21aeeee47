package io.imageedit.image;

import io.imageedit.config.ImageConfig;
import io.imageedit.mcp.ToolException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The only way into the image workers: sends {@link ImageJob}s over the local event bus and
 * turns failures into {@link ToolException}s with actionable messages. Thread-safe; shared by
 * every HTTP verticle through {@code AppServices}. Fails fast with "server busy" rather than
 * queueing more than IMAGE_QUEUE_MAX jobs.
 */
public final class ImageClient {
  public static final String ADDRESS = "image-edit.image.jobs";

  private final Vertx vertx;
  private final int queueMax;
  private final int jobTimeoutMs;
  private final AtomicInteger pending = new AtomicInteger();
  private final AtomicLong sent = new AtomicLong();

  public ImageClient(Vertx vertx, ImageConfig config) {
    this.vertx = vertx;
    this.queueMax = config.queueMax();
    this.jobTimeoutMs = config.jobTimeoutMs();
  }

  /** Format, size, EXIF orientation and tags, frame count: no pixels are decoded. */
  public Future<ImageInfo> probe(Buffer image) {
    return send(new ImageJob(ImageOperation.PROBE, image, null, null, 0, deadline()));
  }

  /**
   * Decodes (applying EXIF orientation) and encodes again as {@code target} (null = keep the
   * format). Every re-encode drops metadata; with {@code stripMetadata} false and the same
   * format, the original bytes are returned untouched instead.
   */
  public Future<EncodedImage> reencode(Buffer image, ImageFormat target, boolean stripMetadata) {
    if (!stripMetadata) {
      ImageHeader header;
      try {
        header = ImageSniffer.header(image);
      } catch (ToolException e) {
        return Future.failedFuture(e);
      }
      if (target == null || target == header.format()) {
        return vertx.executeBlocking(() -> new EncodedImage(image, header.format(),
            header.width(), header.height(), ImageOps.sha256(image)), false);
      }
    }
    return transform(ImageOperation.REENCODE, image, null, target, 0);
  }

  /** Shrinks so the longer side is at most {@code maxSide} (never enlarges); JPEG/PNG/... as asked. */
  public Future<EncodedImage> downscale(Buffer image, int maxSide, ImageFormat target) {
    return downscale(image, maxSide, target, 0);
  }

  public Future<EncodedImage> downscale(Buffer image, int maxSide, ImageFormat target,
      int quality) {
    return transform(ImageOperation.DOWNSCALE, image, new JsonObject().put("maxSide", maxSide),
        target, quality);
  }

  /**
   * Any transform: {@code params} as {@link ImageOps} reads them; {@code output} null keeps
   * the input format; {@code quality} 0 for the default.
   */
  public Future<EncodedImage> transform(ImageOperation operation, Buffer image, JsonObject params,
      ImageFormat output, int quality) {
    return send(new ImageJob(operation, image, params, output, quality, deadline()));
  }

  /** Jobs sent and not yet answered. */
  public int pending() {
    return pending.get();
  }

  /** Jobs sent since start (tests check that cached results cost no pixel work). */
  public long jobsSent() {
    return sent.get();
  }

  private long deadline() {
    return System.currentTimeMillis() + jobTimeoutMs;
  }

  private <T> Future<T> send(ImageJob job) {
    if (pending.incrementAndGet() > queueMax) {
      pending.decrementAndGet();
      return Future.failedFuture(new ToolException("server busy: " + queueMax
          + " image jobs are already waiting; retry in a few seconds"));
    }
    sent.incrementAndGet();
    DeliveryOptions options = new DeliveryOptions().setSendTimeout(jobTimeoutMs);
    return vertx.eventBus().<T>request(ADDRESS, job, options)
        .map(message -> message.body())
        .recover(this::toToolError)
        .andThen(done -> pending.decrementAndGet());
  }

  private <T> Future<T> toToolError(Throwable err) {
    if (!(err instanceof ReplyException reply)) {
      return Future.failedFuture(err);
    }
    if (reply.failureType() == ReplyFailure.TIMEOUT) {
      return Future.failedFuture(new ToolException("image processing took longer than "
          + jobTimeoutMs / 1000.0 + " s and was abandoned; try a smaller image or retry later"));
    }
    if (reply.failureType() == ReplyFailure.NO_HANDLERS) {
      return Future.failedFuture(new ToolException(
          "the image workers are not running; retry in a moment"));
    }
    if (reply.failureCode() == ImageJobException.EXPIRED) {
      return Future.failedFuture(new ToolException(
          "server busy: the image job waited too long in the queue; retry in a few seconds"));
    }
    return Future.failedFuture(new ToolException(reply.getMessage()));
  }
}

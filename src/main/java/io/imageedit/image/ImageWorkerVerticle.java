package io.imageedit.image;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;

/**
 * One image worker: takes {@link ImageJob}s from the event bus and replies with an
 * {@link EncodedImage} or {@link ImageInfo}, or fails the message with an
 * {@link ImageJobException} code. Deployed as a worker verticle, so decoding and encoding
 * block only this worker's thread, never an event loop.
 */
public final class ImageWorkerVerticle extends VerticleBase {
  private static final System.Logger LOG = System.getLogger(ImageWorkerVerticle.class.getName());
  private final ImageOps ops;
  private MessageConsumer<ImageJob> consumer;

  public ImageWorkerVerticle(long maxPixels) {
    this.ops = new ImageOps(maxPixels);
  }

  @Override
  public Future<?> start() {
    consumer = vertx.eventBus().localConsumer(ImageClient.ADDRESS, this::handle);
    return consumer.completion();
  }

  private void handle(Message<ImageJob> message) {
    ImageJob job = message.body();
    if (System.currentTimeMillis() > job.deadline()) {
      // The caller has already given up; do not spend CPU on it.
      message.fail(ImageJobException.EXPIRED, "the image job waited too long in the queue");
      return;
    }
    try {
      message.reply(ops.run(job));
    } catch (ImageJobException e) {
      message.fail(e.code(), e.getMessage());
    } catch (OutOfMemoryError e) {
      message.fail(ImageJobException.TOO_LARGE,
          "not enough memory to process this image now; retry later or use a smaller image");
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "image job " + job.operation() + " failed", e);
      message.fail(ImageJobException.INTERNAL, "internal error while processing the image ("
          + e.getClass().getSimpleName() + ")");
    }
  }
}

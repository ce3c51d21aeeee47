package io.imageedit.image;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/**
 * One unit of pixel work sent to the image workers over the local event bus.
 *
 * @param operation what to do
 * @param input     the encoded source image (not copied: sent with a local codec)
 * @param params    operation parameters (see {@link ImageOps})
 * @param output    format of the result, or null to follow the input
 * @param quality   JPEG/WebP quality 1..100, or 0 for the default
 * @param deadline  epoch millis after which the worker drops the job unstarted
 */
public record ImageJob(
    ImageOperation operation,
    Buffer input,
    JsonObject params,
    ImageFormat output,
    int quality,
    long deadline) {
}

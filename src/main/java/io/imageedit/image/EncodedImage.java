package io.imageedit.image;

import io.vertx.core.buffer.Buffer;

/**
 * An encoded image produced by a worker.
 *
 * @param bytes  the encoded file
 * @param format its format
 * @param width  width in pixels
 * @param height height in pixels
 * @param sha256 lower-case hex SHA-256 of {@code bytes}, computed on the worker
 */
public record EncodedImage(Buffer bytes, ImageFormat format, int width, int height,
    String sha256) {
}

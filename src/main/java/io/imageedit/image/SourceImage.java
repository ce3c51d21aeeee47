package io.imageedit.image;

import io.vertx.core.buffer.Buffer;

/**
 * A fetched source image, checked against the limits but not decoded.
 *
 * @param url    the URL it came from (data: URLs are shortened to their prefix)
 * @param bytes  the encoded file
 * @param format sniffed from magic bytes
 * @param width  stored width from the header (before EXIF rotation)
 * @param height stored height from the header
 * @param sha256 lower-case hex SHA-256 of {@code bytes}
 */
public record SourceImage(String url, Buffer bytes, ImageFormat format, int width, int height,
    String sha256) {
}

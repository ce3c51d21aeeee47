package io.imageedit.tools;

import io.imageedit.cache.CachedFile;
import io.imageedit.image.EncodedImage;
import io.imageedit.image.ImageClient;
import io.imageedit.image.ImageFormat;
import io.imageedit.mcp.ToolResult;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.Arrays;
import java.util.Base64;

/**
 * Builds the standard result of a tool that produced an image in the cache:
 * {@code structuredContent} {url, key, width, height, format, mimeType, bytes, sourceUrl, ...},
 * a text block with the same JSON, a {@code resource_link} to the file, and an inline
 * {@code image} preview no larger than PREVIEW_MAX_BYTES (downscaled JPEG when the file is
 * larger; none when the setting is 0). Shared by the image tools and the AI tools.
 */
public final class ImageResults {
  private static final int[] PREVIEW_SIDES = {1024, 768, 512, 256, 128};

  private final ImageClient images;
  private final long previewMaxBytes;

  public ImageResults(ImageClient images, long previewMaxBytes) {
    this.images = images;
    this.previewMaxBytes = previewMaxBytes;
  }

  /**
   * The result for {@code image}, stored as {@code file}.
   *
   * @param sourceUrl the input image's URL, or null (generated images)
   * @param extra     fields added to structuredContent (e.g. bytesBefore), or null
   */
  public Future<ToolResult> build(CachedFile file, EncodedImage image, String sourceUrl,
      JsonObject extra) {
    JsonObject data = structured(file, image, sourceUrl, extra);
    JsonObject link = ToolResult.resourceLink(file.url(), file.key(), file.mimeType(),
        file.size());
    return preview(image).map(preview -> preview == null
        ? ToolResult.structured(data, link)
        : ToolResult.structured(data, link, preview));
  }

  /** The structuredContent object alone. */
  public static JsonObject structured(CachedFile file, EncodedImage image, String sourceUrl,
      JsonObject extra) {
    JsonObject data = new JsonObject()
        .put("url", file.url())
        .put("key", file.key())
        .put("width", image.width())
        .put("height", image.height())
        .put("format", image.format().wireName())
        .put("mimeType", image.format().mime())
        .put("bytes", file.size());
    if (sourceUrl != null) {
      data.put("sourceUrl", sourceUrl);
    }
    if (extra != null) {
      extra.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return data;
  }

  /**
   * JSON Schema of {@link #structured}: the common properties plus {@code extraProperties}
   * (a map of property name to schema), all common ones but sourceUrl required.
   */
  public static JsonObject outputSchema(JsonObject extraProperties) {
    JsonObject props = new JsonObject()
        .put("url", new JsonObject().put("type", "string")
            .put("description", "public URL of the result; show it as ![](url)"))
        .put("key", new JsonObject().put("type", "string")
            .put("description", "cache key: prefix/sha256.ext"))
        .put("width", new JsonObject().put("type", "integer"))
        .put("height", new JsonObject().put("type", "integer"))
        .put("format", new JsonObject().put("type", "string").put("enum", new JsonArray(
            Arrays.stream(ImageFormat.values()).map(ImageFormat::wireName).toList())))
        .put("mimeType", new JsonObject().put("type", "string"))
        .put("bytes", new JsonObject().put("type", "integer")
            .put("description", "size of the result file"))
        .put("sourceUrl", new JsonObject().put("type", "string")
            .put("description", "the input image URL"));
    if (extraProperties != null) {
      extraProperties.forEach(e -> props.put(e.getKey(), e.getValue()));
    }
    return new JsonObject().put("type", "object").put("properties", props)
        .put("required", new JsonArray().add("url").add("key").add("width").add("height")
            .add("format").add("mimeType").add("bytes"));
  }

  /** An image content block within the size cap, or null. */
  public Future<JsonObject> preview(EncodedImage image) {
    if (previewMaxBytes <= 0) {
      return Future.succeededFuture(null);
    }
    if (image.format().previewable() && image.bytes().length() <= previewMaxBytes) {
      return Future.succeededFuture(block(image));
    }
    return smaller(image, 0);
  }

  private Future<JsonObject> smaller(EncodedImage image, int step) {
    if (step >= PREVIEW_SIDES.length) {
      return Future.succeededFuture(null);
    }
    return images.downscale(image.bytes(), PREVIEW_SIDES[step], ImageFormat.JPEG, 80)
        .compose(small -> small.bytes().length() <= previewMaxBytes
            ? Future.succeededFuture(block(small)) : smaller(image, step + 1))
        // A preview is a courtesy: never fail the call because it could not be made.
        .recover(err -> Future.succeededFuture(null));
  }

  private static JsonObject block(EncodedImage image) {
    return ToolResult.imageBlock(Base64.getEncoder().encodeToString(image.bytes().getBytes()),
        image.format().mime());
  }
}

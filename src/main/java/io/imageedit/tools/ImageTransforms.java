package io.imageedit.tools;

import io.imageedit.AppServices;
import io.imageedit.cache.CachedFile;
import io.imageedit.cache.ContentCache;
import io.imageedit.image.EncodedImage;
import io.imageedit.image.ImageFormat;
import io.imageedit.image.ImageOperation;
import io.imageedit.image.ImageOps;
import io.imageedit.image.SourceImage;
import io.imageedit.mcp.ToolResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The path every transform tool takes: fetch the source, look the operation up in the result
 * index, otherwise run it on the worker pool and store the output, then build the standard
 * result. Identical calls in flight at the same moment share one computation.
 */
final class ImageTransforms {
  private final AppServices services;
  private final Map<String, Future<Produced>> inFlight = new ConcurrentHashMap<>();

  /** An output image and where it is stored. */
  record Produced(CachedFile file, EncodedImage image) {
  }

  ImageTransforms(AppServices services) {
    this.services = services;
  }

  /**
   * @param name    operation name for the index ("rotate", ...)
   * @param params  worker parameters; also part of the index key
   * @param extra   adds fields to structuredContent from the source and output
   */
  Future<ToolResult> run(String url, String name, ImageOperation operation, JsonObject params,
      ImageFormat requested, int quality,
      BiFunction<SourceImage, Produced, JsonObject> extra) {
    return services.imageFetcher().fetch(url).compose(source -> {
      ImageFormat output = requested != null ? requested : ImageOps.defaultOutput(source.format());
      JsonObject keyParams = params.copy().put("output", output.wireName())
          .put("quality", quality);
      String opKey = ContentCache.operationKey(name, keyParams, source.sha256());
      return produce(opKey, source, operation, params, output, quality)
          .compose(p -> services.imageResults().build(p.file(), p.image(), source.url(),
              extra == null ? null : extra.apply(source, p)));
    });
  }

  private Future<Produced> produce(String opKey, SourceImage source, ImageOperation operation,
      JsonObject params, ImageFormat output, int quality) {
    Promise<Produced> promise = Promise.promise();
    Future<Produced> running = inFlight.putIfAbsent(opKey, promise.future());
    if (running != null) {
      return running;
    }
    ContentCache cache = services.contentCache();
    cache.lookup(opKey)
        .compose(hit -> hit != null ? fromIndex(hit)
            : services.imageClient().transform(operation, source.bytes(), params, output, quality)
                .compose(image -> cache.store("results", image.bytes(), image.format())
                    .compose(file -> cache.remember(opKey, new JsonObject()
                            .put("key", file.key()).put("width", image.width())
                            .put("height", image.height()).put("format", image.format().wireName()))
                        .map(v -> new Produced(file, image)))))
        .andThen(done -> inFlight.remove(opKey))
        .onComplete(promise);
    return promise.future();
  }

  private Future<Produced> fromIndex(JsonObject hit) {
    ContentCache cache = services.contentCache();
    String key = hit.getString("key");
    ImageFormat format = ImageFormat.parse(hit.getString("format")).orElseThrow();
    return cache.read(key).map(bytes -> {
      String sha = key.substring(key.lastIndexOf('/') + 1, key.lastIndexOf('.'));
      CachedFile file = new CachedFile(key, cache.urlFor(key), cache.pathFor(key).orElseThrow(),
          bytes.length(), sha, format.mime());
      return new Produced(file, new EncodedImage(bytes, format, hit.getInteger("width"),
          hit.getInteger("height"), sha));
    });
  }
}

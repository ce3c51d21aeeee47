package io.imageedit.web;

import io.imageedit.AppServices;
import io.imageedit.cache.CachedFile;
import io.imageedit.cache.ContentCache;
import io.imageedit.image.EncodedImage;
import io.imageedit.image.ImageClient;
import io.imageedit.image.ImageFormat;
import io.imageedit.image.ImageHeader;
import io.imageedit.image.ImageInfo;
import io.imageedit.image.ImageOps;
import io.imageedit.image.ImageSniffer;
import io.imageedit.mcp.ToolException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Locale;

/**
 * Turns received files into stored images: checks the bytes (sniffed type, no markup,
 * pixel limit, decodable), strips metadata unless UPLOAD_KEEP_METADATA is on, and stores
 * the result under uploads/&lt;sha256&gt;.&lt;ext&gt;. The same upload is recognised by the
 * hash of its original bytes, so it is processed and stored once and keeps its URL.
 */
final class UploadProcessor {
  static final String PREFIX = "uploads";

  private final Vertx vertx;
  private final ImageClient images;
  private final ContentCache cache;
  private final long maxPixels;
  private final boolean keepMetadata;
  private final UploadMemoryBudget budget;

  UploadProcessor(Vertx vertx, AppServices services) {
    this(vertx, services, UploadMemoryBudget.PROCESS);
  }

  UploadProcessor(Vertx vertx, AppServices services, UploadMemoryBudget budget) {
    this.budget = budget;
    this.vertx = vertx;
    this.images = services.imageClient();
    this.cache = services.contentCache();
    this.maxPixels = services.config().image().maxImagePixels();
    this.keepMetadata = services.config().image().uploadKeepMetadata();
  }

  /** Results in the order of the files; the first refusal fails the whole request. */
  Future<List<JsonObject>> process(List<ReceivedFile> files) {
    List<Future<JsonObject>> each = files.stream().map(this::one).toList();
    return Future.all(each).map(all -> each.stream().map(Future::result).toList());
  }

  private Future<JsonObject> one(ReceivedFile file) {
    if (file.size() == 0) {
      return refuse(400, file.label() + " is empty: choose an image file");
    }
    // The file is held whole, and stripping makes a second copy.
    long heap = 2 * file.size();
    if (!budget.tryReserve(heap)) {
      return refuse(503, "server busy: too many large uploads are being processed; retry in a"
          + " few seconds");
    }
    return vertx.fileSystem().readFile(file.path().toString())
        .compose(bytes -> check(file, bytes).compose(header -> storeOnce(file, bytes, header)))
        .andThen(done -> budget.release(heap));
  }

  /** Cheap checks on the event loop: the header and the scan result, no decoding. */
  private Future<ImageHeader> check(ReceivedFile file, Buffer bytes) {
    ImageHeader header;
    try {
      header = ImageSniffer.header(bytes);
    } catch (ToolException e) {
      return refuse(415, file.label() + ": " + e.getMessage());
    }
    if (file.markup() != null) {
      return refuse(415, file.label() + " starts like a " + header.format().wireName().toUpperCase(Locale.ROOT)
          + " image but also contains \"" + file.markup() + "\": files that are also web pages,"
          + " scripts or documents (polyglots) are refused. Export the image again and retry");
    }
    try {
      return Future.succeededFuture(ImageSniffer.checkPixels(header, maxPixels));
    } catch (ToolException e) {
      return refuse(413, file.label() + ": " + e.getMessage() + " (MAX_IMAGE_PIXELS)");
    }
  }

  private Future<JsonObject> storeOnce(ReceivedFile file, Buffer bytes, ImageHeader header) {
    return vertx.executeBlocking(() -> ImageOps.sha256(bytes), false).compose(sha -> {
      String op = ContentCache.operationKey("upload",
          new JsonObject().put("keepMetadata", keepMetadata), sha);
      return cache.lookup(op).compose(hit -> hit != null
          ? Future.succeededFuture(hit.put("url", cache.urlFor(hit.getString("key"))))
          : store(file, bytes, header).compose(result -> cache.remember(op, result).map(result)));
    });
  }

  private Future<JsonObject> store(ReceivedFile file, Buffer bytes, ImageHeader header) {
    return images.probe(bytes)
        .compose(info -> prepare(bytes, header, info))
        .recover(err -> Future.failedFuture(asRejection(file, err)))
        .compose(image -> cache.store(PREFIX, image.bytes(), image.format())
            .map(stored -> describe(stored, image)));
  }

  /** The bytes to store: as uploaded, stripped block by block, or re-encoded as a last resort. */
  private Future<EncodedImage> prepare(Buffer bytes, ImageHeader header, ImageInfo info) {
    Future<Void> decodable = images.downscale(bytes, 16, ImageFormat.PNG).mapEmpty();
    if (keepMetadata) {
      return decodable.map(v -> new EncodedImage(bytes, header.format(), info.width(),
          info.height(), null));
    }
    return decodable
        .compose(v -> vertx.executeBlocking(() ->
            MetadataStripper.strip(bytes, header.format(), info.orientation()), false))
        .compose(stripped -> stripped.isPresent()
            ? Future.succeededFuture(new EncodedImage(stripped.get(), header.format(),
                info.width(), info.height(), null))
            : images.reencode(bytes, null, true));
  }

  private static JsonObject describe(CachedFile stored, EncodedImage image) {
    return new JsonObject()
        .put("url", stored.url())
        .put("key", stored.key())
        .put("width", image.width())
        .put("height", image.height())
        .put("format", image.format().wireName())
        .put("bytes", stored.size());
  }

  /** Worker refusals become 415 (not an image we decode); capacity problems 503. */
  private static Throwable asRejection(ReceivedFile file, Throwable err) {
    if (!(err instanceof ToolException)) {
      return err;
    }
    String message = err.getMessage();
    boolean capacity = message.startsWith("server busy") || message.contains("workers are not running")
        || message.contains("took longer than");
    return new UploadRejected(capacity ? 503 : 415, file.label() + ": " + message);
  }

  private static <T> Future<T> refuse(int status, String message) {
    return Future.failedFuture(new UploadRejected(status, message));
  }
}

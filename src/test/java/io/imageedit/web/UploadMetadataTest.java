package io.imageedit.web;

import com.sksamuel.scrimage.metadata.Directory;
import com.sksamuel.scrimage.metadata.ImageMetadata;
import io.imageedit.testing.TestImages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("uploads lose their EXIF/GPS metadata unless UPLOAD_KEEP_METADATA=true")
class UploadMetadataTest {

  /** Metadata directory names as metadata-extractor (through scrimage) reads them. */
  private static List<String> directories(Buffer image) {
    try {
      return Arrays.stream(ImageMetadata.fromBytes(image.getBytes()).getDirectories())
          .map(Directory::getName).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("a JPEG with GPS EXIF and a comment is stored without them, pixels untouched")
  void jpegStripped(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    Buffer plain = TestImages.jpeg(48, 32);
    Buffer tagged = MetadataSamples.jpegWithGpsAndComment(plain, 1);
    assertTrue(directories(tagged).contains("GPS"), "the sample really carries GPS");
    Uploads.start(vertx, Map.of()).compose(app -> Uploads.post(client, app,
            Uploads.Part.file("holiday.jpg", tagged))
        .compose(res -> Uploads.fetch(client, res.bodyAsJsonObject().getString("url")))
        .compose(stored -> {
          ctx.verify(() -> {
            String text = stored.toString(StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("Exif"), "EXIF segment removed");
            assertFalse(text.contains(MetadataSamples.COMMENT), "comment removed");
            // Only the metadata segments went: the rest is byte for byte the original JPEG.
            assertArrayEquals(plain.getBytes(), stored.getBytes());
          });
          ctx.verify(() -> {
            assertFalse(directories(stored).contains("GPS"));
            assertFalse(directories(stored).contains("JpegComment"));
          });
          return Future.succeededFuture(app);
        })
        .compose(a -> a.stop(vertx)))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a JPEG rotated by EXIF orientation is re-encoded upright, without EXIF")
  void orientedJpeg(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    Buffer tagged = MetadataSamples.jpegWithGpsAndComment(TestImages.jpeg(48, 32), 6);
    Uploads.start(vertx, Map.of()).compose(app -> Uploads.post(client, app,
            Uploads.Part.file("portrait.jpg", tagged))
        .compose(res -> {
          ctx.verify(() -> {
            assertEquals(200, res.statusCode(), res.bodyAsString());
            // Orientation 6 turns 48x32 into a 32x48 picture.
            assertEquals(32, res.bodyAsJsonObject().getInteger("width"));
            assertEquals(48, res.bodyAsJsonObject().getInteger("height"));
          });
          return Uploads.fetch(client, res.bodyAsJsonObject().getString("url"));
        })
        .map(stored -> {
          ctx.verify(() -> {
            assertFalse(stored.toString(StandardCharsets.ISO_8859_1).contains("Exif"));
            assertEquals(32, TestImages.decode(stored).getWidth());
          });
          return app;
        })
        .compose(a -> a.stop(vertx)))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("PNG text chunks are dropped and the image chunks kept")
  void pngStripped(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    Buffer plain = TestImages.pngWithMark(20, 10, 3, 3);
    Buffer tagged = MetadataSamples.pngWithText(plain, "Location", "51.5N 0.12W");
    Uploads.start(vertx, Map.of()).compose(app -> Uploads.post(client, app,
            Uploads.Part.file("map.png", tagged))
        .compose(res -> Uploads.fetch(client, res.bodyAsJsonObject().getString("url")))
        .map(stored -> {
          ctx.verify(() -> {
            assertTrue(tagged.toString(StandardCharsets.ISO_8859_1).contains("51.5N"));
            assertArrayEquals(plain.getBytes(), stored.getBytes());
          });
          return app;
        })
        .compose(a -> a.stop(vertx)))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("with UPLOAD_KEEP_METADATA=true the file is stored exactly as uploaded")
  void kept(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    Buffer tagged = MetadataSamples.jpegWithGpsAndComment(TestImages.jpeg(40, 30), 1);
    Uploads.start(vertx, Map.of("UPLOAD_KEEP_METADATA", "true")).compose(app -> Uploads.post(
            client, app, Uploads.Part.file("keep.jpg", tagged))
        .compose(res -> Uploads.fetch(client, res.bodyAsJsonObject().getString("url")))
        .map(stored -> {
          ctx.verify(() -> assertArrayEquals(tagged.getBytes(), stored.getBytes()));
          return app;
        })
        .compose(a -> a.stop(vertx)))
        .onComplete(ctx.succeedingThenComplete());
  }
}

package io.imageedit.config;

import io.vertx.config.spi.ConfigStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.FileSystemException;

import java.nio.file.NoSuchFileException;

/** vertx-config store for a .env file; a missing file yields an empty layer. */
final class DotenvConfigStore implements ConfigStore {
  private final Vertx vertx;
  private final String path;

  DotenvConfigStore(Vertx vertx, String path) {
    this.vertx = vertx;
    this.path = path;
  }

  @Override
  public Future<Buffer> get() {
    return vertx.fileSystem().exists(path).compose(exists -> exists
        ? vertx.fileSystem().readFile(path)
            .map(b -> DotenvParser.parse(b.toString("UTF-8")).toBuffer())
        : Future.succeededFuture(Buffer.buffer("{}")))
        .recover(err -> err instanceof FileSystemException
            && err.getCause() instanceof NoSuchFileException
            ? Future.succeededFuture(Buffer.buffer("{}"))
            : Future.failedFuture(err));
  }

  @Override
  public Future<Void> close() {
    return Future.succeededFuture();
  }
}

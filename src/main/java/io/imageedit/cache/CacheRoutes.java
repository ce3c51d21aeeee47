package io.imageedit.cache;

import io.imageedit.AppServices;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.file.FileProps;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves /cache/{key} from CACHE_DIR. Only well-formed keys ({@code prefix/<sha256>.<ext>},
 * checked on the raw, undecoded path) are looked up, and only regular files that are not
 * symbolic links; everything else is 404, so traversal and encoded tricks have nothing to
 * work with. Content never changes behind a key, so responses are immutable and the hash is
 * the ETag. Single byte ranges are honoured.
 */
public final class CacheRoutes {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  private CacheRoutes() {
  }

  public static void mount(Vertx vertx, Router router, AppServices services) {
    ContentCache cache = services.contentCache();
    router.route("/cache/*").method(HttpMethod.GET).method(HttpMethod.HEAD)
        .handler(ctx -> serve(vertx, ctx, cache));
  }

  private static void serve(Vertx vertx, RoutingContext ctx, ContentCache cache) {
    String raw = ctx.request().path();
    String key = raw.startsWith("/cache/") ? raw.substring("/cache/".length()) : "";
    Path path = cache.pathFor(key).orElse(null);
    if (path == null) {
      notFound(ctx);
      return;
    }
    vertx.fileSystem().lprops(path.toString())
        .recover(err -> Future.succeededFuture(null))
        .onSuccess(props -> {
          if (props == null || !props.isRegularFile() || props.isSymbolicLink()) {
            notFound(ctx);
            return;
          }
          cache.touch(key);
          send(ctx, path, key, props);
        });
  }

  private static void send(RoutingContext ctx, Path path, String key, FileProps props) {
    HttpServerResponse res = ctx.response();
    String etag = "\"" + CacheKeys.sha256(key) + "\"";
    res.putHeader("Content-Type", CacheKeys.mimeType(key))
        .putHeader("ETag", etag)
        .putHeader("Cache-Control", "public, max-age=31536000, immutable")
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Content-Security-Policy", "default-src 'none'; sandbox")
        .putHeader("Referrer-Policy", "no-referrer")
        .putHeader("Cross-Origin-Resource-Policy", "cross-origin")
        .putHeader("Accept-Ranges", "bytes")
        // Images are already compressed; identity also keeps byte ranges exact.
        .putHeader("Content-Encoding", "identity");
    String ifNoneMatch = ctx.request().getHeader("If-None-Match");
    if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
      res.setStatusCode(304).end();
      return;
    }
    long size = props.size();
    long start = 0;
    long end = size - 1;
    String range = ctx.request().getHeader("Range");
    String ifRange = ctx.request().getHeader("If-Range");
    if (range != null && (ifRange == null || ifRange.equals(etag))) {
      Matcher m = RANGE.matcher(range.trim());
      if (m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
        try {
          if (m.group(1).isEmpty()) {
            start = Math.max(0, size - Long.parseLong(m.group(2)));
          } else {
            start = Long.parseLong(m.group(1));
            end = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
          }
        } catch (NumberFormatException e) {
          start = size;
        }
        if (start >= size || start > end) {
          res.setStatusCode(416).putHeader("Content-Range", "bytes */" + size).end();
          return;
        }
        res.setStatusCode(206).putHeader("Content-Range",
            "bytes " + start + "-" + end + "/" + size);
      }
      // Several ranges or a malformed header: send the whole file, which RFC 9110 allows.
    }
    long length = end - start + 1;
    if (ctx.request().method() == HttpMethod.HEAD) {
      res.putHeader("Content-Length", String.valueOf(length)).end();
      return;
    }
    res.sendFile(path.toString(), start, length);
  }

  private static void notFound(RoutingContext ctx) {
    ctx.response().setStatusCode(404)
        .putHeader("Content-Type", "text/plain; charset=utf-8")
        .putHeader("X-Content-Type-Options", "nosniff")
        .end("not found: cache files are addressed as /cache/<prefix>/<sha256>.<ext>\n");
  }
}

package io.imageedit.image;

import io.imageedit.mcp.ToolException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.net.TrustOptions;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Downloads an http(s) URL safely: the host is resolved here, every address it resolves to
 * is checked against {@link AddressPolicy}, and the connection goes to the checked address
 * (the Host header and TLS name stay the original host), so DNS rebinding cannot slip a
 * private address in between check and connect. Redirects (at most 5) are followed by hand
 * and each hop is checked the same way. The body is capped while streaming; one deadline
 * covers all hops.
 */
public final class HttpImageDownloader {
  static final int MAX_REDIRECTS = 5;

  private final Vertx vertx;
  private final HttpClient client;
  private final Function<InetAddress, String> privateReason;
  private final long maxBytes;
  private final long timeoutMs;

  public HttpImageDownloader(Vertx vertx, boolean allowPrivate, long maxBytes, long timeoutMs) {
    this(vertx, allowPrivate ? address -> null : AddressPolicy::privateReason, maxBytes,
        timeoutMs);
  }

  /** With a custom address check (tests: allow 127.0.0.1 only, to test redirects). */
  HttpImageDownloader(Vertx vertx, Function<InetAddress, String> privateReason, long maxBytes,
      long timeoutMs) {
    this(vertx, privateReason, maxBytes, timeoutMs, null);
  }

  /** With extra trusted certificates (tests: a self-signed loopback HTTPS server). */
  HttpImageDownloader(Vertx vertx, Function<InetAddress, String> privateReason, long maxBytes,
      long timeoutMs, TrustOptions trust) {
    this.vertx = vertx;
    this.privateReason = privateReason;
    this.maxBytes = maxBytes;
    this.timeoutMs = timeoutMs;
    HttpClientOptions options = new HttpClientOptions()
        .setDecompressionSupported(false)
        .setVerifyHost(true)
        .setForceSni(true)
        .setKeepAlive(true)
        .setConnectTimeout((int) Math.min(timeoutMs, 10_000));
    if (trust != null) {
      options.setTrustOptions(trust);
    }
    this.client = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(32));
  }

  /** The body of {@code url} after redirects, or a {@link ToolException} saying why not. */
  public Future<Buffer> download(String url) {
    long deadline = System.currentTimeMillis() + timeoutMs;
    return hop(url, 0, deadline);
  }

  private Future<Buffer> hop(String url, int redirects, long deadline) {
    Target target;
    try {
      target = Target.parse(url);
    } catch (ToolException e) {
      return Future.failedFuture(e);
    }
    return resolve(target.host())
        .compose(addresses -> checked(target, addresses))
        .compose(address -> request(target, address, deadline))
        .compose(response -> {
          int status = response.statusCode();
          if (status >= 300 && status < 400 && response.getHeader("Location") != null) {
            response.request().reset();
            if (redirects >= MAX_REDIRECTS) {
              return Future.failedFuture(new ToolException("too many redirects (more than "
                  + MAX_REDIRECTS + ") starting at " + url + "; give the final image URL"));
            }
            String next;
            try {
              next = new URI(url).resolve(response.getHeader("Location").trim()).toString();
            } catch (URISyntaxException | IllegalArgumentException e) {
              return Future.failedFuture(new ToolException(
                  "the server redirected to an invalid URL: " + response.getHeader("Location")));
            }
            return hop(next, redirects + 1, deadline);
          }
          if (status < 200 || status >= 300) {
            response.request().reset();
            return Future.failedFuture(new ToolException("the server answered HTTP " + status
                + " for " + url + "; check that the URL is public and points to an image"));
          }
          return body(response, url, deadline);
        });
  }

  private Future<List<InetAddress>> resolve(String host) {
    InetAddress numeric = AddressPolicy.parseNumericIPv4(host);
    if (numeric != null) {
      return Future.succeededFuture(List.of(numeric));
    }
    String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    return vertx.executeBlocking(() -> Arrays.asList(InetAddress.getAllByName(name)), false)
        .recover(err -> Future.failedFuture(err instanceof UnknownHostException
            ? new ToolException("the host name " + host + " could not be resolved; check the URL")
            : err));
  }

  /** Every address must be public (a name resolving to one private address is refused). */
  private Future<InetAddress> checked(Target target, List<InetAddress> addresses) {
    if (addresses.isEmpty()) {
      return Future.failedFuture(new ToolException("the host " + target.host()
          + " has no address"));
    }
    for (InetAddress a : addresses) {
      String reason = privateReason.apply(a);
      if (reason != null) {
        return Future.failedFuture(new ToolException("refusing to fetch " + target.host()
            + ": it resolves to " + a.getHostAddress() + " (" + reason + "). Only public"
            + " internet addresses are fetched; upload the image or use a public URL"));
      }
    }
    return Future.succeededFuture(addresses.get(0));
  }

  private Future<HttpClientResponse> request(Target target, InetAddress address, long deadline) {
    long left = deadline - System.currentTimeMillis();
    if (left <= 0) {
      return Future.failedFuture(timeout(target.url()));
    }
    RequestOptions options = new RequestOptions()
        .setMethod(HttpMethod.GET)
        .setServer(SocketAddress.inetSocketAddress(target.port(), address.getHostAddress()))
        .setHost(target.host())
        .setPort(target.port())
        .setSsl(target.https())
        .setURI(target.pathAndQuery())
        .setFollowRedirects(false)
        .setConnectTimeout(left)
        .setIdleTimeout(left)
        .putHeader("Accept", "image/png,image/jpeg,image/gif,image/webp,image/bmp;q=0.9,*/*;q=0.1")
        .putHeader("User-Agent", "image-edit-mcp/0.1 (+image fetcher)");
    return client.request(options)
        .compose(req -> req.send())
        .recover(err -> Future.failedFuture(err instanceof ToolException ? err
            : System.currentTimeMillis() >= deadline - 20 || err instanceof TimeoutException
                || err.getClass().getSimpleName().contains("Timeout") ? timeout(target.url())
            : new ToolException("could not download " + target.url() + ": "
                + describe(err))));
  }

  private Future<Buffer> body(HttpClientResponse response, String url, long deadline) {
    String length = response.getHeader("Content-Length");
    if (length != null) {
      try {
        long declared = Long.parseLong(length.trim());
        if (declared > maxBytes) {
          response.request().reset();
          return Future.failedFuture(tooLarge(declared));
        }
      } catch (NumberFormatException ignored) {
        // Malformed length: the streaming cap below still applies.
      }
    }
    Promise<Buffer> promise = Promise.promise();
    Buffer body = Buffer.buffer();
    long left = Math.max(1, deadline - System.currentTimeMillis());
    long timer = vertx.setTimer(left, id -> {
      if (promise.tryFail(timeout(url))) {
        response.request().reset();
      }
    });
    response.handler(chunk -> {
      if (body.length() + chunk.length() > maxBytes) {
        if (promise.tryFail(tooLarge(-1))) {
          response.request().reset();
        }
        return;
      }
      body.appendBuffer(chunk);
    });
    response.exceptionHandler(err -> promise.tryFail(
        new ToolException("the download of " + url + " broke off: " + describe(err))));
    response.endHandler(v -> promise.tryComplete(body));
    return promise.future().andThen(done -> vertx.cancelTimer(timer));
  }

  private ToolException tooLarge(long declared) {
    String size = declared > 0 ? " is " + mb(declared) + " MB;" : " is larger than";
    return new ToolException("the file" + size + " the limit is " + mb(maxBytes)
        + " MB (FETCH_MAX_BYTES). Use a smaller image");
  }

  private ToolException timeout(String url) {
    return new ToolException("downloading " + url + " took longer than " + timeoutMs / 1000.0
        + " s (FETCH_TIMEOUT_MS); try a faster host or a smaller image");
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1_000_000.0);
  }

  private static String describe(Throwable err) {
    String msg = err.getMessage();
    return msg == null || msg.isBlank() ? err.getClass().getSimpleName() : msg;
  }

  /** The parts of an http(s) URL a request needs. */
  record Target(String url, boolean https, String host, int port, String pathAndQuery) {
    static Target parse(String url) {
      URI uri;
      try {
        uri = new URI(url);
      } catch (URISyntaxException e) {
        throw new ToolException("not a valid URL: " + url + " (" + e.getReason() + ")");
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new ToolException("only http and https URLs can be fetched, got: " + url);
      }
      String host = uri.getHost() != null ? uri.getHost() : authorityHost(uri.getRawAuthority());
      if (host == null || host.isEmpty()) {
        throw new ToolException("the URL has no host name: " + url);
      }
      if (host.startsWith("[") && host.endsWith("]")) {
        host = host.substring(1, host.length() - 1);
      } else {
        host = IDN.toASCII(host).toLowerCase(Locale.ROOT);
      }
      boolean https = scheme.equals("https");
      int port = uri.getPort() == -1 ? authorityPort(uri.getRawAuthority(), https ? 443 : 80)
          : uri.getPort();
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (uri.getRawQuery() != null) {
        path += "?" + uri.getRawQuery();
      }
      return new Target(url, https, host, port, path);
    }

    /** java.net.URI leaves hosts like "0x7f.1" unparsed (registry authority); read them here. */
    private static String authorityHost(String authority) {
      if (authority == null) {
        return null;
      }
      String a = authority.substring(authority.lastIndexOf('@') + 1);
      int colon = a.lastIndexOf(':');
      return colon >= 0 && !a.endsWith("]") ? a.substring(0, colon) : a;
    }

    private static int authorityPort(String authority, int fallback) {
      if (authority == null) {
        return fallback;
      }
      String a = authority.substring(authority.lastIndexOf('@') + 1);
      int colon = a.lastIndexOf(':');
      if (colon < 0 || a.endsWith("]")) {
        return fallback;
      }
      try {
        return Integer.parseInt(a.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new ToolException("the URL has an invalid port: " + authority);
      }
    }
  }
}

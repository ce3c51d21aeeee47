package io.imageedit.config;

import java.net.URI;
import java.util.List;

/**
 * HTTP and MCP transport settings.
 *
 * @param host                bind address (MCP_HOST)
 * @param port                bind port (MCP_PORT)
 * @param secretKey           path prefix guarding /mcp and /upload; empty means no prefix (SECRET_KEY)
 * @param cacheUrl            public base URL for links to cached files, no trailing slash (CACHE_URL)
 * @param allowedOrigins      extra browser origins allowed to call MCP; "*" allows any (ALLOWED_ORIGINS)
 * @param allowedHosts        Host header values accepted besides localhost forms (ALLOWED_HOSTS)
 * @param httpInstances       number of HTTP verticle instances (HTTP_INSTANCES, 0 = cores)
 * @param sessionIdleMinutes  idle legacy sessions expire after this (MCP_SESSION_IDLE_MINUTES)
 * @param maxSessions         cap on live legacy sessions (MCP_MAX_SESSIONS)
 * @param maxBodyBytes        request body limit for MCP posts (MCP_MAX_BODY_BYTES)
 * @param sseKeepAliveSeconds interval of ": keep-alive" comments on open SSE streams (SSE_KEEPALIVE_SECONDS)
 * @param shutdownGraceSeconds how long in-flight calls may run after SIGTERM (SHUTDOWN_GRACE_SECONDS)
 */
public record ServerConfig(
    String host,
    int port,
    String secretKey,
    String cacheUrl,
    List<String> allowedOrigins,
    List<String> allowedHosts,
    int httpInstances,
    int sessionIdleMinutes,
    int maxSessions,
    long maxBodyBytes,
    int sseKeepAliveSeconds,
    int shutdownGraceSeconds) {

  /** Path prefix for secret-guarded routes: "" or "/{secret}". */
  public String securePrefix() {
    return secretKey.isEmpty() ? "" : "/" + secretKey;
  }

  /** The MCP URL with the secret masked, for logs and banners. */
  public String redactedMcpUrl() {
    String prefix = secretKey.isEmpty() ? "" : "/{SECRET_KEY}";
    return "http://" + displayHost() + ":" + port + prefix + "/mcp";
  }

  /** Host part of CACHE_URL, lower-case, for the Host/Origin allow lists. */
  public String cacheUrlHost() {
    return URI.create(cacheUrl).getHost();
  }

  /** Whether the server listens on a loopback address only. */
  public boolean boundToLoopback() {
    return host.equals("localhost") || host.startsWith("127.") || host.equals("::1")
        || host.equals("[::1]");
  }

  private String displayHost() {
    return host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
  }

  static ServerConfig read(Settings s) {
    String host = s.string("MCP_HOST");
    if (host.isEmpty()) {
      throw new ConfigException("MCP_HOST must be an address to bind, such as 0.0.0.0 or 127.0.0.1");
    }
    int port = s.integer("MCP_PORT", 0, 65535);
    String secret = s.string("SECRET_KEY");
    if (!secret.matches("[A-Za-z0-9._~-]*")) {
      throw new ConfigException(
          "SECRET_KEY may hold only letters, digits and . _ ~ - (it becomes a URL path segment)");
    }
    String cacheUrl = s.string("CACHE_URL");
    if (cacheUrl.isEmpty()) {
      cacheUrl = "http://localhost:" + port;
    }
    cacheUrl = stripTrailingSlash(cacheUrl);
    try {
      URI uri = URI.create(cacheUrl);
      if (uri.getHost() == null
          || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        throw new IllegalArgumentException();
      }
    } catch (RuntimeException e) {
      throw new ConfigException(
          "CACHE_URL must be an absolute http(s) URL such as https://img.example.com, got \""
              + cacheUrl + "\"");
    }
    int instances = s.integer("HTTP_INSTANCES", 0, 256);
    if (instances == 0) {
      instances = Runtime.getRuntime().availableProcessors();
    }
    return new ServerConfig(
        host,
        port,
        secret,
        cacheUrl,
        s.list("ALLOWED_ORIGINS"),
        s.list("ALLOWED_HOSTS"),
        instances,
        s.integer("MCP_SESSION_IDLE_MINUTES", 1, 10080),
        s.integer("MCP_MAX_SESSIONS", 1, 10_000_000),
        s.longValue("MCP_MAX_BODY_BYTES", 1024, 2L * 1024 * 1024 * 1024),
        s.integer("SSE_KEEPALIVE_SECONDS", 1, 3600),
        s.integer("SHUTDOWN_GRACE_SECONDS", 0, 600));
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? stripTrailingSlash(url.substring(0, url.length() - 1)) : url;
  }
}

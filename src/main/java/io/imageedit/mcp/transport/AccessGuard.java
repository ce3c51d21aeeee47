package io.imageedit.mcp.transport;

import io.imageedit.config.ServerConfig;
import io.vertx.core.net.HostAndPort;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks made before any MCP message is read: the secret path segment (constant time),
 * the Origin header (DNS-rebinding defence) and, when configured or bound to loopback, the
 * Host header.
 */
public final class AccessGuard {
  private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

  private final byte[] secret;
  private final boolean anyOrigin;
  private final Set<String> allowedOrigins = new HashSet<>();
  private final boolean checkHost;
  private final Set<String> allowedHosts = new HashSet<>();

  public AccessGuard(ServerConfig config) {
    this.secret = config.secretKey().getBytes(StandardCharsets.UTF_8);
    this.anyOrigin = config.allowedOrigins().contains("*");
    String cacheOrigin = normalizeOrigin(config.cacheUrl());
    if (cacheOrigin != null) {
      allowedOrigins.add(cacheOrigin);
    }
    for (String origin : config.allowedOrigins()) {
      String normalized = normalizeOrigin(origin);
      if (normalized != null) {
        allowedOrigins.add(normalized);
      }
    }
    this.checkHost = config.boundToLoopback() || !config.allowedHosts().isEmpty();
    allowedHosts.addAll(LOCAL_HOSTS);
    String cacheHost = config.cacheUrlHost();
    if (cacheHost != null) {
      allowedHosts.add(cacheHost.toLowerCase(Locale.ROOT));
    }
    List<String> hosts = config.allowedHosts();
    hosts.forEach(h -> allowedHosts.add(h.toLowerCase(Locale.ROOT)));
  }

  /** Constant-time comparison, so response timing does not reveal how much of a guess matched. */
  public boolean secretMatches(String segment) {
    return MessageDigest.isEqual(secret, segment.getBytes(StandardCharsets.UTF_8));
  }

  /** Absent Origin (a non-browser client) is fine; a present one must be on the allow list. */
  public boolean originAllowed(String origin) {
    if (origin == null || anyOrigin) {
      return true;
    }
    String normalized = normalizeOrigin(origin);
    if (normalized == null) {
      return false;
    }
    URI uri = URI.create(normalized);
    return LOCAL_HOSTS.contains(uri.getHost()) || allowedOrigins.contains(normalized);
  }

  /** Host header rule: enforced when bound to loopback or ALLOWED_HOSTS is set. */
  public boolean hostAllowed(HostAndPort authority) {
    if (!checkHost) {
      return true;
    }
    if (authority == null || authority.host() == null) {
      return false;
    }
    String host = authority.host().toLowerCase(Locale.ROOT);
    return allowedHosts.contains(host)
        || authority.port() > 0 && allowedHosts.contains(host + ":" + authority.port());
  }

  /** scheme://host[:port] in lower case without a default port, or null when not an http(s) origin. */
  static String normalizeOrigin(String origin) {
    try {
      URI uri = URI.create(origin.trim());
      String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
      if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
        return null;
      }
      int port = uri.getPort();
      boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
          || ("https".equals(scheme) && port == 443);
      return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

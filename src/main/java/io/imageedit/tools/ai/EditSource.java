package io.imageedit.tools.ai;

import io.imageedit.config.AppConfig;
import io.imageedit.mcp.ToolException;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;

/**
 * Which URL ModelScope should fetch an edit's source from. The edit model downloads the
 * source itself, so it must be a URL the provider can reach: a public http(s) URL is sent as
 * it is; a link into this server's cache only works when CACHE_URL is a public address.
 */
final class EditSource {
  private EditSource() {
  }

  /**
   * @param url     the image_url argument
   * @param ownFile whether the URL points into this server's cache
   */
  static String providerUrl(String url, boolean ownFile, AppConfig config) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("data:")) {
      throw new ToolException("edit_image needs an http(s) URL that ModelScope can download;"
          + " a data: URL cannot be sent. Upload the image to this server (the /upload page)"
          + " or another public host first, then pass that URL");
    }
    if (config.image().allowPrivateUrls()) {
      // A private deployment (or a test) whose provider shares the private network.
      return url;
    }
    if (ownFile && !isPublicHost(config.server().cacheUrlHost())) {
      throw new ToolException("this image is in this server's cache (" + url + "), but"
          + " CACHE_URL (" + config.server().cacheUrl() + ") is not reachable from the internet,"
          + " so ModelScope cannot download it for editing. Set CACHE_URL to this server's"
          + " public address (e.g. https://images.example.com), or pass a public image URL");
    }
    return url;
  }

  /** Whether a host name or address literal looks reachable from the public internet. */
  static boolean isPublicHost(String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
    if (h.equals("localhost") || h.endsWith(".localhost") || h.endsWith(".local")
        || h.endsWith(".internal") || h.endsWith(".lan") || !h.contains(".") && !h.contains(":")) {
      return false;
    }
    if (h.matches("[0-9.]+") || h.contains(":")) {
      try {
        InetAddress address = InetAddress.getByName(h);
        return !(address.isLoopbackAddress() || address.isSiteLocalAddress()
            || address.isLinkLocalAddress() || address.isAnyLocalAddress()
            || h.startsWith("100.64.") || h.startsWith("fc") || h.startsWith("fd"));
      } catch (Exception e) {
        return false;
      }
    }
    return true;
  }

  static boolean isHttp(String url) {
    try {
      String scheme = URI.create(url).getScheme();
      return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

package io.imageedit.config;

import java.net.URI;

/**
 * ModelScope provider settings.
 *
 * @param apiKey          bearer token; empty disables AI tools with a clear message (MODELSCOPE_API_KEY)
 * @param baseUrl         provider base URL without trailing slash (MODELSCOPE_BASE_URL)
 * @param visionModel     model for describe/OCR/locate (VISION_MODEL)
 * @param imageModel      model for text-to-image (IMAGE_MODEL)
 * @param editModel       model for instruction edits (EDIT_MODEL)
 * @param pollIntervalMs  task polling interval (AI_POLL_INTERVAL_MS)
 * @param timeoutMs       deadline of one AI call, polling included (AI_TIMEOUT_MS)
 * @param maxConcurrency  provider requests in flight (AI_MAX_CONCURRENCY)
 * @param maxRetries      retries on 429/5xx/connection errors (AI_MAX_RETRIES)
 * @param visionMaxSide   longest side of the image sent to the vision model (VISION_MAX_SIDE)
 */
public record AiConfig(
    String apiKey,
    String baseUrl,
    String visionModel,
    String imageModel,
    String editModel,
    int pollIntervalMs,
    int timeoutMs,
    int maxConcurrency,
    int maxRetries,
    int visionMaxSide) {

  public boolean hasApiKey() {
    return !apiKey.isEmpty();
  }

  /** Never print the key. */
  @Override
  public String toString() {
    return "AiConfig[apiKey=" + (hasApiKey() ? "***" : "") + ", baseUrl=" + baseUrl
        + ", visionModel=" + visionModel + ", imageModel=" + imageModel
        + ", editModel=" + editModel + "]";
  }

  static AiConfig read(Settings s) {
    String base = s.string("MODELSCOPE_BASE_URL");
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    try {
      URI uri = URI.create(base);
      if (uri.getHost() == null
          || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        throw new IllegalArgumentException();
      }
    } catch (RuntimeException e) {
      throw new ConfigException(
          "MODELSCOPE_BASE_URL must be an absolute http(s) URL, got \"" + base + "\"");
    }
    return new AiConfig(
        s.string("MODELSCOPE_API_KEY"),
        base,
        nonEmpty(s, "VISION_MODEL"),
        nonEmpty(s, "IMAGE_MODEL"),
        nonEmpty(s, "EDIT_MODEL"),
        s.integer("AI_POLL_INTERVAL_MS", 10, 600_000),
        s.integer("AI_TIMEOUT_MS", 100, 3_600_000),
        s.integer("AI_MAX_CONCURRENCY", 1, 100_000),
        s.integer("AI_MAX_RETRIES", 0, 20),
        s.integer("VISION_MAX_SIDE", 64, 8192));
  }

  private static String nonEmpty(Settings s, String name) {
    String v = s.string(name);
    if (v.isEmpty()) {
      throw new ConfigException(name + " must name a ModelScope model id such as Qwen/Qwen3-VL-8B-Instruct");
    }
    return v;
  }
}

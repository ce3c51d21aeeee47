package io.imageedit;

import io.imageedit.cache.ContentCache;
import io.imageedit.config.AppConfig;
import io.imageedit.image.ImageClient;
import io.imageedit.image.ImageFetcher;
import io.imageedit.mcp.McpRegistry;
import io.imageedit.mcp.transport.SessionRegistry;
import io.imageedit.tools.ImageResults;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Objects shared by every HTTP verticle instance, built once by {@link MainVerticle}.
 * Everything here is thread-safe or read-only after start-up.
 *
 * @param config   the validated configuration
 * @param registry tools, resources and prompts offered over MCP
 * @param ready    true once every verticle is deployed (GET /ready)
 * @param started  when the process started (landing page uptime)
 * @param sessions live legacy MCP sessions, shared by every HTTP verticle instance
 * @param imageClient  pixel work on the image worker pool (probe, reencode, downscale, transforms)
 * @param imageFetcher safe fetching of http(s), data: and own-cache image URLs
 * @param contentCache content-addressed files under CACHE_DIR, served at /cache/
 * @param imageResults builds the standard tool result for an image stored in the cache
 */
public record AppServices(
    AppConfig config,
    McpRegistry registry,
    AtomicBoolean ready,
    Instant started,
    SessionRegistry sessions,
    ImageClient imageClient,
    ImageFetcher imageFetcher,
    ContentCache contentCache,
    ImageResults imageResults) {
}

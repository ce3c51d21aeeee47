package io.imageedit;

import io.imageedit.config.AppConfig;
import io.imageedit.mcp.McpRegistry;
import io.imageedit.modelscope.ModelScopeClient;

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
 * @param modelScope the AI provider client (talks to the ModelScope verticle)
 */
public record AppServices(
    AppConfig config,
    McpRegistry registry,
    AtomicBoolean ready,
    Instant started,
    ModelScopeClient modelScope) {
}

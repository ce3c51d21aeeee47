package io.imageedit;

import io.imageedit.config.AppConfig;
import io.imageedit.mcp.McpRegistry;
import io.imageedit.mcp.transport.SessionRegistry;
import io.imageedit.tools.ai.AiServices;

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
 * @param ai       the ModelScope client and the AI image history
 */
public record AppServices(
    AppConfig config,
    McpRegistry registry,
    AtomicBoolean ready,
    Instant started,
    SessionRegistry sessions,
    AiServices ai) {
}

package io.imageedit.tools;

import io.imageedit.AppServices;
import io.imageedit.mcp.McpRegistry;

/**
 * A set of tools, resources and prompts mounted on the MCP layer. The product mounts
 * {@link ProductTools}; tests mount fixture sets on the same layer.
 */
@FunctionalInterface
public interface ToolSet {
  void register(McpRegistry registry, AppServices services);
}

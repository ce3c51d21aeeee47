package io.imageedit.tools;

import io.imageedit.AppServices;
import io.imageedit.mcp.McpRegistry;

/** Everything the shipped server offers. Each area registers its own tools here. */
public final class ProductTools implements ToolSet {
  @Override
  public void register(McpRegistry registry, AppServices services) {
    ImageTools.register(registry, services);
    // AI tools (issue 4) register here.
  }
}

package io.imageedit.mcp.conformance;

import io.imageedit.AppServices;
import io.imageedit.mcp.McpRegistry;
import io.imageedit.tools.ToolSet;
import io.vertx.core.Vertx;

/**
 * Everything the official MCP conformance suites (0.1.16 and 0.2.0-alpha.12) call on a
 * server, with the exact names and behaviour their scenarios expect, plus the {@code echo}
 * tool of the protocol benchmark. Test-only: never part of the shipped jar.
 */
public final class ConformanceToolSet implements ToolSet {
  private final Vertx vertx;

  public ConformanceToolSet(Vertx vertx) {
    this.vertx = vertx;
  }

  @Override
  public void register(McpRegistry registry, AppServices services) {
    ContentTools.register(registry);
    new NotifyingTools(vertx).register(registry);
    ClientRequestTools.register(registry);
    FixtureResources.register(registry);
    FixturePrompts.register(registry);
    new InputRequiredTools().register(registry);
  }
}

package io.imageedit.mcp.conformance;

import io.imageedit.mcp.CallContext;
import io.imageedit.mcp.LogLevel;
import io.imageedit.mcp.McpRegistry;
import io.imageedit.mcp.ToolResult;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * Tools that send notifications (logs, progress) before their result, with short pauses in
 * between so that the transport has to stream them (SSE) rather than batch them.
 */
final class NotifyingTools {
  private static final long STEP_MS = 50;

  private final Vertx vertx;

  NotifyingTools(Vertx vertx) {
    this.vertx = vertx;
  }

  void register(McpRegistry registry) {
    registry
        .addTool(ContentTools.tool("test_tool_with_logging",
            "Sends three info log notifications while it runs", (args, ctx) -> logThrice(ctx)))
        // server-stateless checks that no log is sent when _meta carries no logLevel.
        .addTool(ContentTools.tool("test_logging_tool",
            "Sends three info log notifications while it runs", (args, ctx) -> logThrice(ctx)))
        .addTool(ContentTools.tool("test_tool_with_progress",
            "Reports progress 0, 50 and 100 of 100 when the caller sent a progressToken",
            (args, ctx) -> progressThrice(ctx)))
        // server-sse-polling calls it; closing the stream mid-call is the transport's business.
        .addTool(ContentTools.tool("test_reconnection",
            "Answers after a short pause (used for SSE reconnection tests)",
            (args, ctx) -> pause().map(v -> ToolResult.text("Reconnection test completed"))));
  }

  private Future<ToolResult> logThrice(CallContext ctx) {
    ctx.log(LogLevel.INFO, "conformance", "Tool execution started");
    return pause()
        .map(v -> {
          ctx.log(LogLevel.INFO, "conformance", "Tool processing data");
          return v;
        })
        .compose(v -> pause())
        .map(v -> {
          ctx.log(LogLevel.INFO, "conformance", "Tool execution completed");
          return ToolResult.text("Tool with logging executed successfully");
        });
  }

  private Future<ToolResult> progressThrice(CallContext ctx) {
    ctx.progress(0, 100.0, "Starting");
    return pause()
        .map(v -> {
          ctx.progress(50, 100.0, "Halfway");
          return v;
        })
        .compose(v -> pause())
        .map(v -> {
          ctx.progress(100, 100.0, "Done");
          return ToolResult.text("Tool with progress executed successfully");
        });
  }

  private Future<Void> pause() {
    return vertx.timer(STEP_MS);
  }
}

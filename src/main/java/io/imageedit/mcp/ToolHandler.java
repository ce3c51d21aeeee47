package io.imageedit.mcp;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/**
 * The body of a tool. Knows nothing of HTTP: it receives validated-as-JSON arguments and a
 * context for progress, logs, cancellation and client requests. Fail the future with a
 * {@link ToolException} for a failure the model should read (becomes {@code isError: true});
 * with {@link McpError} for a protocol fault; anything else becomes a generic internal error.
 */
@FunctionalInterface
public interface ToolHandler {
  Future<ToolResult> call(JsonObject arguments, CallContext context);
}

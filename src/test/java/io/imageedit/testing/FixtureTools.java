package io.imageedit.testing;

import io.imageedit.AppServices;
import io.imageedit.mcp.CallContext;
import io.imageedit.mcp.LogLevel;
import io.imageedit.mcp.McpRegistry;
import io.imageedit.mcp.Prompt;
import io.imageedit.mcp.Resource;
import io.imageedit.mcp.ResourceTemplate;
import io.imageedit.mcp.Tool;
import io.imageedit.mcp.ToolException;
import io.imageedit.mcp.ToolResult;
import io.imageedit.tools.ToolSet;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.concurrent.CompletableFuture;

/**
 * A small tool set for MCP layer tests: echo, a typed adder, a tool that reports progress,
 * one that logs, one that fails for the model, one that blocks until cancelled, one that asks
 * the client (sampling), plus a resource, a template and a prompt.
 */
public final class FixtureTools implements ToolSet {
  /** Completes with the context of the running "wait_for_cancel" call once it has started. */
  public final CompletableFuture<CallContext> waiting = new CompletableFuture<>();
  /** Completes once the "wait_for_cancel" call saw its onCancel action run. */
  public final CompletableFuture<Boolean> cancelled = new CompletableFuture<>();

  private static JsonObject objectSchema(JsonObject properties, String... required) {
    JsonObject schema = new JsonObject().put("type", "object").put("properties", properties);
    if (required.length > 0) {
      schema.put("required", new JsonArray(java.util.List.of((Object[]) required)));
    }
    return schema;
  }

  @Override
  public void register(McpRegistry registry, AppServices services) {
    registry.addTool(new Tool("echo", "Echo", "Returns its text argument.",
        objectSchema(new JsonObject().put("text", new JsonObject().put("type", "string")), "text")
            .put("additionalProperties", false),
        null, null,
        (args, ctx) -> Future.succeededFuture(ToolResult.text(args.getString("text")))));
    registry.addTool(new Tool("add", null, "Adds two integers from 0 to 999.",
        objectSchema(new JsonObject()
            .put("a", new JsonObject().put("type", "integer").put("minimum", 0).put("maximum", 999))
            .put("b", new JsonObject().put("type", "integer").put("minimum", 0).put("maximum", 999)),
            "a", "b"),
        null, null,
        (args, ctx) -> Future.succeededFuture(ToolResult.structured(
            new JsonObject().put("sum", args.getInteger("a") + args.getInteger("b"))))));
    registry.addTool(new Tool("progress", null, "Reports progress 1, 1 (dropped), 2, then answers.",
        objectSchema(new JsonObject()), null, null,
        (args, ctx) -> {
          ctx.progress(1, 2.0, "half");
          ctx.progress(1, 2.0, "repeat");
          ctx.progress(2, 2.0, "done");
          return Future.succeededFuture(ToolResult.text("finished"));
        }));
    registry.addTool(new Tool("log", null, "Logs at debug and error, then answers.",
        objectSchema(new JsonObject()), null, null,
        (args, ctx) -> {
          ctx.log(LogLevel.DEBUG, "fixture", "debug line");
          ctx.log(LogLevel.ERROR, "fixture", "error line");
          return Future.succeededFuture(ToolResult.text("logged"));
        }));
    registry.addTool(new Tool("fail", null, "Always fails for the model.",
        objectSchema(new JsonObject()), null, null,
        (args, ctx) -> Future.failedFuture(new ToolException("the image is too large"))));
    registry.addTool(new Tool("crash", null, "Fails with an unexpected exception.",
        objectSchema(new JsonObject()), null, null,
        (args, ctx) -> {
          throw new IllegalStateException("secret internal detail");
        }));
    registry.addTool(new Tool("regional", null, "Echoes its region, mirrored in Mcp-Param-Region.",
        objectSchema(new JsonObject().put("region", new JsonObject().put("type", "string")
            .put("x-mcp-header", "Region"))), null, null,
        (args, ctx) -> Future.succeededFuture(ToolResult.text("region " + args.getString("region")))));
    registry.addTool(new Tool("slow", null, "Answers after 500 ms.",
        objectSchema(new JsonObject()), null, null,
        (args, ctx) -> {
          Promise<ToolResult> promise = Promise.promise();
          io.vertx.core.Vertx.currentContext().owner()
              .setTimer(500, id -> promise.complete(ToolResult.text("slow done")));
          return promise.future();
        }));
    registry.addTool(new Tool("wait_for_cancel", null, "Runs until cancelled.",
        objectSchema(new JsonObject()), null, null, this::waitForCancel));
    registry.addTool(new Tool("ask_client", null, "Asks the client for a sampling message.",
        objectSchema(new JsonObject()), null, null,
        (args, ctx) -> ctx.requestClient("sampling/createMessage", new JsonObject()
                .put("messages", new JsonArray()).put("maxTokens", 10))
            .map(reply -> ToolResult.text("client said: " + reply.getJsonObject("content",
                new JsonObject()).getString("text")))));
    registry.addResource(new Resource("test://static", "static", null, "A fixed text.",
        "text/plain", ctx -> Future.succeededFuture(new JsonArray().add(new JsonObject()
            .put("uri", "test://static").put("mimeType", "text/plain").put("text", "hello")))));
    registry.addResourceTemplate(new ResourceTemplate("test://items/{id}", "item", null,
        "text/plain", (uri, ctx) -> Future.succeededFuture(new JsonArray().add(new JsonObject()
            .put("uri", uri).put("text", "item " + uri.substring(uri.lastIndexOf('/') + 1))))));
    registry.addPrompt(new Prompt("greet", null, "Greets someone.",
        new JsonArray().add(new JsonObject().put("name", "who").put("required", true)),
        (args, ctx) -> Future.succeededFuture(new JsonObject().put("messages", new JsonArray()
            .add(new JsonObject().put("role", "user").put("content", new JsonObject()
                .put("type", "text").put("text", "Hello " + args.getString("who"))))))));
  }

  private Future<ToolResult> waitForCancel(JsonObject args, CallContext ctx) {
    Promise<ToolResult> promise = Promise.promise();
    ctx.onCancel(() -> {
      cancelled.complete(ctx.isCancelled());
      promise.tryFail(new ToolException("cancelled"));
    });
    waiting.complete(ctx);
    return promise.future();
  }
}

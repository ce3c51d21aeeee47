package io.imageedit.mcp.conformance;

import io.imageedit.mcp.CallContext;
import io.imageedit.mcp.McpError;
import io.imageedit.mcp.McpRegistry;
import io.imageedit.mcp.Tool;
import io.imageedit.mcp.ToolException;
import io.imageedit.mcp.ToolResult;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Tools that ask the client something (sampling, elicitation) before they answer. */
final class ClientRequestTools {
  /** MissingRequiredClientCapabilityError of the 2026-07-28 revision. */
  static final int MISSING_CAPABILITY = -32021;

  private ClientRequestTools() {
  }

  static void register(McpRegistry registry) {
    registry
        .addTool(new Tool("test_sampling", null, "Asks the client's LLM to answer the prompt",
            Schemas.strings("prompt", "The prompt to send to the LLM"), null, null,
            (args, ctx) -> requireCapability(ctx, "sampling")
                .compose(v -> ctx.requestClient("sampling/createMessage",
                    samplingRequest(args.getString("prompt", ""))))
                .map(reply -> ToolResult.text("LLM response: " + sampledText(reply)))))
        .addTool(new Tool("test_elicitation", null, "Asks the user for a username and email",
            Schemas.strings("message", "The message to show the user"), null, null,
            (args, ctx) -> elicit(ctx, args.getString("message", ""), userSchema(),
                "User response: ")))
        .addTool(ContentTools.tool("test_elicitation_sep1034_defaults",
            "Asks the user for values of every primitive type, each with a default",
            (args, ctx) -> elicit(ctx, "Please review and update the form fields with defaults",
                defaultsSchema(), "Elicitation completed: ")))
        .addTool(ContentTools.tool("test_elicitation_sep1330_enums",
            "Asks the user to choose among the five kinds of enum",
            (args, ctx) -> elicit(ctx, "Please select options from the enum fields",
                enumsSchema(), "Elicitation completed: ")))
        // server-stateless: called without the sampling capability, must fail with -32021.
        .addTool(ContentTools.tool("test_missing_capability",
            "Needs the client's sampling capability",
            (args, ctx) -> missingCapability(ctx, "sampling")
                .compose(v -> ctx.requestClient("sampling/createMessage",
                    samplingRequest("Say hello")))
                .map(reply -> ToolResult.text("LLM response: " + sampledText(reply)))))
        // server-stateless: on the 2026-07-28 wire this must become an input_required result.
        .addTool(ContentTools.tool("test_streaming_elicitation",
            "Asks the user for a username and email",
            (args, ctx) -> elicit(ctx, "Please provide your information", userSchema(),
                "User response: ")));
  }

  private static Future<ToolResult> elicit(CallContext ctx, String message, JsonObject schema,
      String prefix) {
    return requireCapability(ctx, "elicitation")
        .compose(v -> ctx.requestClient("elicitation/create",
            new JsonObject().put("message", message).put("requestedSchema", schema)))
        .map(reply -> ToolResult.text(prefix + "action=" + reply.getString("action")
            + ", content=" + reply.getValue("content", new JsonObject())));
  }

  /** A tool error the model can read when the client cannot do what the tool needs. */
  private static Future<Void> requireCapability(CallContext ctx, String capability) {
    return ctx.clientCapabilities().containsKey(capability) ? Future.succeededFuture()
        : Future.failedFuture(new ToolException("This tool needs the client's '" + capability
            + "' capability, which the client did not declare"));
  }

  /** The protocol error the 2026-07-28 revision prescribes for the same situation. */
  private static Future<Void> missingCapability(CallContext ctx, String capability) {
    return ctx.clientCapabilities().containsKey(capability) ? Future.succeededFuture()
        : Future.failedFuture(new McpError(MISSING_CAPABILITY,
            "Missing required client capability: " + capability,
            new JsonObject().put("requiredCapabilities",
                new JsonObject().put(capability, new JsonObject()))));
  }

  private static JsonObject samplingRequest(String prompt) {
    return new JsonObject()
        .put("messages", new JsonArray().add(new JsonObject().put("role", "user")
            .put("content", ToolResult.textBlock(prompt))))
        .put("maxTokens", 100);
  }

  private static String sampledText(JsonObject reply) {
    Object content = reply.getValue("content");
    if (content instanceof JsonObject block) {
      return block.getString("text", block.encode());
    }
    return String.valueOf(content);
  }

  private static JsonObject userSchema() {
    return Schemas.strings("username", "User's response", "email", "User's email address");
  }

  private static JsonObject defaultsSchema() {
    JsonObject properties = new JsonObject()
        .put("name", new JsonObject().put("type", "string").put("default", "John Doe"))
        .put("age", new JsonObject().put("type", "integer").put("default", 30))
        .put("score", new JsonObject().put("type", "number").put("default", 95.5))
        .put("status", new JsonObject().put("type", "string")
            .put("enum", new JsonArray().add("active").add("inactive").add("pending"))
            .put("default", "active"))
        .put("verified", new JsonObject().put("type", "boolean").put("default", true));
    return new JsonObject().put("type", "object").put("properties", properties);
  }

  private static JsonObject enumsSchema() {
    JsonArray options = new JsonArray().add("option1").add("option2").add("option3");
    JsonObject properties = new JsonObject()
        .put("untitledSingle", new JsonObject().put("type", "string").put("enum", options))
        .put("titledSingle", new JsonObject().put("type", "string").put("oneOf", titled("value",
            "First Option", "Second Option", "Third Option")))
        .put("legacyEnum", new JsonObject().put("type", "string")
            .put("enum", new JsonArray().add("opt1").add("opt2").add("opt3"))
            .put("enumNames", new JsonArray().add("Option One").add("Option Two")
                .add("Option Three")))
        .put("untitledMulti", new JsonObject().put("type", "array")
            .put("items", new JsonObject().put("type", "string").put("enum", options.copy())))
        .put("titledMulti", new JsonObject().put("type", "array")
            .put("items", new JsonObject().put("anyOf", titled("value",
                "First Choice", "Second Choice", "Third Choice"))));
    return new JsonObject().put("type", "object").put("properties", properties);
  }

  private static JsonArray titled(String constPrefix, String... titles) {
    JsonArray entries = new JsonArray();
    for (int i = 0; i < titles.length; i++) {
      entries.add(new JsonObject().put("const", constPrefix + (i + 1)).put("title", titles[i]));
    }
    return entries;
  }
}

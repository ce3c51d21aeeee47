package io.imageedit.mcp.conformance;

import io.imageedit.mcp.McpError;
import io.imageedit.mcp.McpRegistry;
import io.imageedit.mcp.Prompt;
import io.imageedit.mcp.ToolResult;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;

/** The prompts the prompts-* and completion-complete scenarios get. */
final class FixturePrompts {
  static final String WITH_ARGUMENTS = "test_prompt_with_arguments";
  private static final int INVALID_PARAMS = -32602;

  private FixturePrompts() {
  }

  static void register(McpRegistry registry) {
    registry
        .addPrompt(new Prompt("test_simple_prompt", null, "A simple prompt without arguments",
            new JsonArray(), (args, ctx) -> Future.succeededFuture(messages(
                user(ToolResult.textBlock("This is a simple prompt for testing."))))))
        .addPrompt(new Prompt(WITH_ARGUMENTS, null, "A prompt with two required arguments",
            new JsonArray().add(argument("arg1", "First test argument"))
                .add(argument("arg2", "Second test argument")),
            (args, ctx) -> required(args, "arg1", "arg2").map(v -> messages(
                user(ToolResult.textBlock("Prompt with arguments: arg1='"
                    + args.getString("arg1") + "', arg2='" + args.getString("arg2") + "'"))))))
        .addPrompt(new Prompt("test_prompt_with_embedded_resource", null,
            "A prompt that embeds the resource it is given",
            new JsonArray().add(argument("resourceUri", "URI of the resource to embed")),
            (args, ctx) -> required(args, "resourceUri").map(v -> messages(
                user(ContentTools.embedded(args.getString("resourceUri"), "text/plain",
                    "Embedded resource content for testing.")),
                user(ToolResult.textBlock("Please process the embedded resource above."))))))
        .addPrompt(new Prompt("test_prompt_with_image", null, "A prompt that carries an image",
            new JsonArray(), (args, ctx) -> Future.succeededFuture(messages(
                user(ToolResult.imageBlock(FixtureMedia.RED_PIXEL_PNG, "image/png")),
                user(ToolResult.textBlock("Please analyze the image above."))))))
        .addPromptCompleter(WITH_ARGUMENTS, (argument, value, context) ->
            Future.succeededFuture(Completions.startingWith(value, argument.equals("arg1")
                ? List.of("paris", "park", "party", "test", "testing", "test-value")
                : List.of("world", "wonder", "test"))));
  }

  private static JsonObject argument(String name, String description) {
    return new JsonObject().put("name", name).put("description", description)
        .put("required", true);
  }

  private static Future<Void> required(JsonObject args, String... names) {
    for (String name : names) {
      if (!(args.getValue(name) instanceof String)) {
        return Future.failedFuture(new McpError(INVALID_PARAMS,
            "Missing required argument '" + name + "' (a string)"));
      }
    }
    return Future.succeededFuture();
  }

  private static JsonObject user(JsonObject content) {
    return new JsonObject().put("role", "user").put("content", content);
  }

  private static JsonObject messages(JsonObject... messages) {
    JsonArray list = new JsonArray();
    for (JsonObject message : messages) {
      list.add(message);
    }
    return new JsonObject().put("messages", list);
  }
}

package io.imageedit.mcp.conformance;

import io.imageedit.mcp.CallContext;
import io.imageedit.mcp.InputRequiredException;
import io.imageedit.mcp.McpError;
import io.imageedit.mcp.McpRegistry;
import io.imageedit.mcp.Prompt;
import io.imageedit.mcp.ToolResult;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.Optional;

/**
 * The input-required-result-* scenarios of the 2026-07-28 revision (SEP-2322, multi round-trip
 * requests): each round either completes or answers input_required with the questions still
 * open, keyed as the scenarios expect, and a signed requestState where they ask for one.
 */
final class InputRequiredTools {
  private static final int INVALID_PARAMS = -32602;

  private final SignedState states = new SignedState();

  void register(McpRegistry registry) {
    registry
        .addTool(ContentTools.tool("test_input_required_result_elicitation",
            "Asks the user's name (input_required), then greets them",
            (args, ctx) -> elicitation(ctx, "user_name")
                .map(name -> Future.succeededFuture(
                    ToolResult.text("Hello, " + name.getString("name") + "!")))
                .orElseGet(() -> ask(new JsonObject().put("user_name",
                    elicit("What is your name?", "name", "string")), null))))
        .addTool(ContentTools.tool("test_input_required_result_sampling",
            "Asks the client's LLM a question (input_required), then returns its answer",
            (args, ctx) -> answer(ctx, "capital_question")
                .map(reply -> Future.succeededFuture(
                    ToolResult.text("LLM said: " + sampledText(reply))))
                .orElseGet(() -> ask(new JsonObject().put("capital_question",
                    sample("What is the capital of France?", 100)), null))))
        .addTool(ContentTools.tool("test_input_required_result_list_roots",
            "Asks the client's roots (input_required), then lists them",
            (args, ctx) -> answer(ctx, "client_roots")
                .map(reply -> Future.succeededFuture(
                    ToolResult.text("Client roots: " + rootUris(reply))))
                .orElseGet(() -> ask(new JsonObject().put("client_roots", roots()), null))))
        .addTool(ContentTools.tool("test_input_required_result_request_state",
            "Asks for confirmation with a requestState, then checks the state it gets back",
            (args, ctx) -> confirmWithState(ctx, "request_state")))
        .addTool(ContentTools.tool("test_input_required_result_tampered_state",
            "Like the request-state tool: a tampered requestState is refused",
            (args, ctx) -> confirmWithState(ctx, "tampered_state")))
        .addTool(ContentTools.tool("test_input_required_result_multiple_inputs",
            "Asks three questions at once (elicitation, sampling, roots)",
            (args, ctx) -> multipleInputs(ctx)))
        .addTool(ContentTools.tool("test_input_required_result_multi_round",
            "Asks two questions in two rounds, carrying state between them",
            (args, ctx) -> multiRound(ctx)))
        .addTool(ContentTools.tool("test_input_required_result_capabilities",
            "Asks only what the client declared it can answer",
            (args, ctx) -> withinCapabilities(ctx)))
        .addPrompt(new Prompt("test_input_required_result_prompt", null,
            "A prompt that first asks the user for its context", new JsonArray(),
            (args, ctx) -> elicitation(ctx, "user_context")
                .map(answer -> Future.succeededFuture(new JsonObject().put("messages",
                    new JsonArray().add(new JsonObject().put("role", "user").put("content",
                        ToolResult.textBlock("Context: " + answer.getString("context")))))))
                .orElseGet(() -> ask(new JsonObject().put("user_context",
                    elicit("What context should the prompt use?", "context", "string")), null))));
  }

  private Future<ToolResult> confirmWithState(CallContext ctx, String tool) {
    String round1 = tool + ":1";
    if (ctx.requestState() != null) {
      Optional<String> payload = states.verify(ctx.requestState());
      if (payload.isEmpty() || !payload.get().equals(round1)) {
        return refuseState();
      }
      if (elicitation(ctx, "confirm").isPresent()) {
        return Future.succeededFuture(ToolResult.text("state-ok: confirmed"));
      }
    }
    return ask(new JsonObject().put("confirm", elicit("Please confirm", "ok", "boolean")),
        states.sign(round1));
  }

  private Future<ToolResult> multipleInputs(CallContext ctx) {
    String state = states.sign("multiple_inputs:1");
    if (ctx.requestState() != null && states.verify(ctx.requestState()).isEmpty()) {
      return refuseState();
    }
    Optional<JsonObject> name = elicitation(ctx, "user_name");
    Optional<JsonObject> greeting = answer(ctx, "greeting");
    Optional<JsonObject> roots = answer(ctx, "client_roots");
    if (name.isPresent() && greeting.isPresent() && roots.isPresent()) {
      return Future.succeededFuture(ToolResult.text(sampledText(greeting.get()) + " "
          + name.get().getString("name") + " (roots: " + rootUris(roots.get()) + ")"));
    }
    JsonObject open = new JsonObject();
    if (name.isEmpty()) {
      open.put("user_name", elicit("What is your name?", "name", "string"));
    }
    if (greeting.isEmpty()) {
      open.put("greeting", sample("Generate a greeting", 50));
    }
    if (roots.isEmpty()) {
      open.put("client_roots", roots());
    }
    return ask(open, state);
  }

  private Future<ToolResult> multiRound(CallContext ctx) {
    JsonObject step1 = new JsonObject().put("step1",
        elicit("Step 1: What is your name?", "name", "string"));
    if (ctx.requestState() == null) {
      return ask(step1, states.sign("multi_round:1"));
    }
    Optional<String> payload = states.verify(ctx.requestState());
    if (payload.isEmpty()) {
      return refuseState();
    }
    if (payload.get().equals("multi_round:1")) {
      return elicitation(ctx, "step1")
          .map(answer -> this.<ToolResult>ask(new JsonObject().put("step2",
                  elicit("Step 2: What is your favorite color?", "color", "string")),
              states.sign("multi_round:2:" + answer.getString("name"))))
          .orElseGet(() -> ask(step1, ctx.requestState()));
    }
    String name = payload.get().substring("multi_round:2:".length());
    return elicitation(ctx, "step2")
        .map(answer -> Future.succeededFuture(
            ToolResult.text(name + "'s favorite color is " + answer.getString("color"))))
        .orElseGet(() -> ask(new JsonObject().put("step2",
            elicit("Step 2: What is your favorite color?", "color", "string")),
            ctx.requestState()));
  }

  private Future<ToolResult> withinCapabilities(CallContext ctx) {
    JsonObject capabilities = ctx.clientCapabilities();
    JsonObject open = new JsonObject();
    if (capabilities.containsKey("sampling") && answer(ctx, "greeting").isEmpty()) {
      open.put("greeting", sample("Generate a greeting", 50));
    }
    if (capabilities.containsKey("elicitation") && elicitation(ctx, "user_name").isEmpty()) {
      open.put("user_name", elicit("What is your name?", "name", "string"));
    }
    if (capabilities.containsKey("roots") && answer(ctx, "client_roots").isEmpty()) {
      open.put("client_roots", roots());
    }
    return open.isEmpty() ? Future.succeededFuture(ToolResult.text("Nothing more to ask"))
        : ask(open, null);
  }

  private <T> Future<T> ask(JsonObject inputRequests, String requestState) {
    return Future.failedFuture(new InputRequiredException(inputRequests, requestState));
  }

  private static <T> Future<T> refuseState() {
    return Future.failedFuture(new McpError(INVALID_PARAMS,
        "requestState failed its integrity check: send back the requestState of the last result"));
  }

  /** A client answer that is an object; anything else counts as not answered. */
  private static Optional<JsonObject> answer(CallContext ctx, String key) {
    return ctx.inputResponses().getValue(key) instanceof JsonObject reply ? Optional.of(reply)
        : Optional.empty();
  }

  /** The content of an accepted elicitation. */
  private static Optional<JsonObject> elicitation(CallContext ctx, String key) {
    return answer(ctx, key)
        .filter(reply -> "accept".equals(reply.getString("action")))
        .map(reply -> reply.getValue("content"))
        .filter(JsonObject.class::isInstance)
        .map(JsonObject.class::cast);
  }

  private static JsonObject elicit(String message, String field, String type) {
    JsonObject schema = new JsonObject().put("type", "object")
        .put("properties", new JsonObject().put(field, new JsonObject().put("type", type)))
        .put("required", new JsonArray().add(field));
    return new JsonObject().put("method", "elicitation/create").put("params",
        new JsonObject().put("message", message).put("requestedSchema", schema));
  }

  private static JsonObject sample(String prompt, int maxTokens) {
    return new JsonObject().put("method", "sampling/createMessage").put("params",
        new JsonObject().put("messages", new JsonArray().add(new JsonObject().put("role", "user")
            .put("content", ToolResult.textBlock(prompt)))).put("maxTokens", maxTokens));
  }

  private static JsonObject roots() {
    return new JsonObject().put("method", "roots/list").put("params", new JsonObject());
  }

  private static String sampledText(JsonObject reply) {
    return reply.getValue("content") instanceof JsonObject content
        ? content.getString("text", "") : "";
  }

  private static String rootUris(JsonObject reply) {
    JsonArray roots = reply.getJsonArray("roots", new JsonArray());
    return roots.stream().filter(JsonObject.class::isInstance)
        .map(root -> ((JsonObject) root).getString("uri")).toList().toString();
  }
}

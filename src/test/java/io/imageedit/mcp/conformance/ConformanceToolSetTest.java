package io.imageedit.mcp.conformance;

import io.imageedit.mcp.CallContext;
import io.imageedit.mcp.InputRequiredException;
import io.imageedit.mcp.McpError;
import io.imageedit.mcp.McpRegistry;
import io.imageedit.mcp.Prompt;
import io.imageedit.mcp.Resource;
import io.imageedit.mcp.ResourceTemplate;
import io.imageedit.mcp.Tool;
import io.imageedit.testing.TestCallContext;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("The conformance fixture set offers what the conformance scenarios call")
class ConformanceToolSetTest {

  /** Names taken from the scenario sources of conformance 0.1.16 and 0.2.0-alpha.12. */
  private static final Set<String> SCENARIO_TOOLS = Set.of("test_simple_text",
      "test_image_content", "test_audio_content", "test_embedded_resource",
      "test_multiple_content_types", "test_tool_with_logging", "test_logging_tool",
      "test_tool_with_progress", "test_error_handling", "test_sampling", "test_elicitation",
      "test_elicitation_sep1034_defaults", "test_elicitation_sep1330_enums",
      "test_missing_capability", "test_streaming_elicitation", "test_reconnection",
      "json_schema_2020_12_tool", "echo", "test_input_required_result_elicitation",
      "test_input_required_result_sampling", "test_input_required_result_list_roots",
      "test_input_required_result_request_state", "test_input_required_result_tampered_state",
      "test_input_required_result_multiple_inputs", "test_input_required_result_multi_round",
      "test_input_required_result_capabilities");

  private static McpRegistry registry(Vertx vertx) {
    McpRegistry registry = new McpRegistry();
    new ConformanceToolSet(vertx).register(registry, null);
    return registry;
  }

  @Test
  @DisplayName("every tool, resource, template and prompt the scenarios name is registered")
  void names(Vertx vertx) {
    McpRegistry registry = registry(vertx);
    Set<String> tools = registry.tools().stream().map(Tool::name).collect(Collectors.toSet());
    assertTrue(tools.containsAll(SCENARIO_TOOLS), "missing: " + SCENARIO_TOOLS.stream()
        .filter(t -> !tools.contains(t)).toList());
    assertEquals(Set.of("test://static-text", "test://static-binary", "test://watched-resource"),
        registry.resources().stream().map(Resource::uri).collect(Collectors.toSet()));
    assertEquals(List.of("test://template/{id}/data"), registry.resourceTemplates().stream()
        .map(ResourceTemplate::uriTemplate).toList());
    assertEquals(Set.of("test_simple_prompt", "test_prompt_with_arguments",
        "test_prompt_with_embedded_resource", "test_prompt_with_image",
        "test_input_required_result_prompt"),
        registry.prompts().stream().map(Prompt::name).collect(Collectors.toSet()));
    assertTrue(registry.promptCompleter("test_prompt_with_arguments").isPresent());
    assertTrue(registry.resourceTemplateCompleter("test://template/{id}/data").isPresent());
  }

  @Test
  @DisplayName("test_tool_with_progress reports 0, 50 and 100 of 100 before its result")
  void progress(Vertx vertx, VertxTestContext test) {
    TestCallContext context = new TestCallContext();
    registry(vertx).tool("test_tool_with_progress").orElseThrow().handler()
        .call(new JsonObject(), context)
        .onComplete(test.succeeding(result -> test.verify(() -> {
          assertEquals(List.of(0.0, 50.0, 100.0), context.progressValues());
          assertTrue(result.toJson().getJsonArray("content").getJsonObject(0)
              .getString("text").contains("progress"));
          test.completeNow();
        })));
  }

  @Test
  @DisplayName("test_tool_with_logging sends three info logs")
  void logging(Vertx vertx, VertxTestContext test) {
    TestCallContext context = new TestCallContext();
    registry(vertx).tool("test_tool_with_logging").orElseThrow().handler()
        .call(new JsonObject(), context)
        .onComplete(test.succeeding(result -> test.verify(() -> {
          assertEquals(List.of("Tool execution started", "Tool processing data",
              "Tool execution completed"), context.infoLogs());
          test.completeNow();
        })));
  }

  @Test
  @DisplayName("the template substitutes the id and rejects a URI it does not match with -32602")
  void template(Vertx vertx, VertxTestContext test) {
    ResourceTemplate template = registry(vertx).resourceTemplates().iterator().next();
    template.reader().apply("test://template/123/data", CallContext.detached())
        .compose(contents -> {
          test.verify(() -> {
            JsonObject data = new JsonObject(contents.getJsonObject(0).getString("text"));
            assertEquals("123", data.getString("id"));
            assertEquals("Data for ID: 123", data.getString("data"));
          });
          return template.reader().apply("test://elsewhere", CallContext.detached());
        })
        .onComplete(test.failing(err -> test.verify(() -> {
          McpError error = (McpError) err;
          assertEquals(-32602, error.code());
          assertEquals("test://elsewhere", error.data().getString("uri"));
          test.completeNow();
        })));
  }

  @Test
  @DisplayName("test_missing_capability fails with -32021 naming sampling when it is undeclared")
  void missingCapability(Vertx vertx, VertxTestContext test) {
    registry(vertx).tool("test_missing_capability").orElseThrow().handler()
        .call(new JsonObject(), CallContext.detached())
        .onComplete(test.failing(err -> test.verify(() -> {
          McpError error = (McpError) err;
          assertEquals(-32021, error.code());
          assertTrue(error.data().getJsonObject("requiredCapabilities").containsKey("sampling"));
          test.completeNow();
        })));
  }

  @Test
  @DisplayName("test_prompt_with_arguments substitutes both arguments and requires them")
  void promptArguments(Vertx vertx, VertxTestContext test) {
    Prompt prompt = registry(vertx).prompt("test_prompt_with_arguments").orElseThrow();
    prompt.renderer().apply(new JsonObject().put("arg1", "A1").put("arg2", "B2"),
            CallContext.detached())
        .compose(rendered -> {
          test.verify(() -> assertEquals("Prompt with arguments: arg1='A1', arg2='B2'",
              rendered.getJsonArray("messages").getJsonObject(0).getJsonObject("content")
                  .getString("text")));
          return prompt.renderer().apply(new JsonObject().put("arg1", "A1"),
              CallContext.detached());
        })
        .onComplete(test.failing(err -> test.verify(() -> {
          assertEquals(-32602, ((McpError) err).code());
          test.completeNow();
        })));
  }

  @Test
  @DisplayName("the request-state tool asks with a signed state, completes with it, refuses it altered")
  void requestState(Vertx vertx, VertxTestContext test) {
    Tool tool = registry(vertx).tool("test_input_required_result_request_state").orElseThrow();
    tool.handler().call(new JsonObject(), new TestCallContext())
        .recover(err -> {
          InputRequiredException asked = (InputRequiredException) err;
          String state = asked.requestState();
          test.verify(() -> assertEquals("elicitation/create",
              asked.inputRequests().getJsonObject("confirm").getString("method")));
          JsonObject answers = new JsonObject().put("confirm", new JsonObject()
              .put("action", "accept").put("content", new JsonObject().put("ok", true)));
          return tool.handler().call(new JsonObject(), new TestCallContext(answers, state))
              .compose(done -> {
                test.verify(() -> assertTrue(done.toJson().getJsonArray("content")
                    .getJsonObject(0).getString("text").contains("state-ok")));
                return tool.handler().call(new JsonObject(),
                    new TestCallContext(answers, state + "-TAMPERED"));
              });
        })
        .onComplete(test.failing(err -> test.verify(() -> {
          assertEquals(-32602, ((McpError) err).code());
          test.completeNow();
        })));
  }
}

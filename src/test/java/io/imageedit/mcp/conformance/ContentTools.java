package io.imageedit.mcp.conformance;

import io.imageedit.mcp.McpRegistry;
import io.imageedit.mcp.Tool;
import io.imageedit.mcp.ToolException;
import io.imageedit.mcp.ToolHandler;
import io.imageedit.mcp.ToolResult;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Tools whose result is fixed content: the tools-call-* scenarios check its shape, the
 * benchmark calls {@code echo}.
 */
final class ContentTools {
  static final String JSON_SCHEMA_TOOL = "json_schema_2020_12_tool";

  private ContentTools() {
  }

  static void register(McpRegistry registry) {
    registry
        .addTool(tool("test_simple_text", "Returns one text block",
            (args, ctx) -> Future.succeededFuture(
                ToolResult.text("This is a simple text response for testing."))))
        .addTool(tool("test_image_content", "Returns one image block (1x1 red PNG)",
            (args, ctx) -> Future.succeededFuture(result(
                ToolResult.imageBlock(FixtureMedia.RED_PIXEL_PNG, "image/png")))))
        .addTool(tool("test_audio_content", "Returns one audio block (short WAV)",
            (args, ctx) -> Future.succeededFuture(result(new JsonObject().put("type", "audio")
                .put("data", FixtureMedia.SILENT_WAV).put("mimeType", "audio/wav")))))
        .addTool(tool("test_embedded_resource", "Returns one embedded text resource",
            (args, ctx) -> Future.succeededFuture(result(embedded("test://embedded-resource",
                "text/plain", "This is an embedded resource content.")))))
        .addTool(tool("test_multiple_content_types", "Returns text, image and resource blocks",
            (args, ctx) -> Future.succeededFuture(result(
                ToolResult.textBlock("Multiple content types test:"),
                ToolResult.imageBlock(FixtureMedia.RED_PIXEL_PNG, "image/png"),
                embedded("test://mixed-content-resource", "application/json",
                    new JsonObject().put("test", "data").put("value", 123).encode())))))
        .addTool(tool("test_error_handling", "Always fails with a tool error (isError: true)",
            (args, ctx) -> Future.failedFuture(
                new ToolException("This tool intentionally returns an error for testing"))))
        .addTool(new Tool(JSON_SCHEMA_TOOL, null, "Tool with JSON Schema 2020-12 features",
            jsonSchema202012(), null, null,
            (args, ctx) -> Future.succeededFuture(
                ToolResult.text("Received: " + args.encode()))))
        // http-custom-header-server-validation (SEP-2243): the argument is mirrored in the
        // Mcp-Param-Region header, which the transport must check against the body.
        .addTool(new Tool("test_x_mcp_header", null, "Echoes a region sent both in the body and"
            + " in the Mcp-Param-Region header", new JsonObject().put("type", "object")
            .put("properties", new JsonObject().put("region", new JsonObject()
                .put("type", "string").put("description", "Region name")
                .put("x-mcp-header", "Region")))
            .put("required", new JsonArray().add("region")), null, null,
            (args, ctx) -> Future.succeededFuture(
                ToolResult.text("Region: " + args.getValue("region")))))
        .addTool(new Tool("echo", "Echo", "Echoes back the input message",
            Schemas.strings("message", "Message to echo"), null,
            new JsonObject().put("readOnlyHint", true).put("idempotentHint", true),
            (args, ctx) -> Future.succeededFuture(
                ToolResult.text("Echo: " + args.getValue("message", "")))));
  }

  static Tool tool(String name, String description, ToolHandler handler) {
    return new Tool(name, null, description, Schemas.noArguments(), null, null, handler);
  }

  static ToolResult result(JsonObject... blocks) {
    JsonArray content = new JsonArray();
    for (JsonObject block : blocks) {
      content.add(block);
    }
    return new ToolResult(content, null, false);
  }

  static JsonObject embedded(String uri, String mimeType, String text) {
    return new JsonObject().put("type", "resource").put("resource",
        new JsonObject().put("uri", uri).put("mimeType", mimeType).put("text", text));
  }

  /**
   * The schema json-schema-2020-12 expects to come back unchanged in tools/list: SEP-1613
   * ($schema, $defs, additionalProperties) and SEP-2106 ($anchor, allOf/anyOf, if/then/else).
   */
  private static JsonObject jsonSchema202012() {
    JsonObject string = new JsonObject().put("type", "string");
    JsonObject address = new JsonObject().put("$anchor", "addressDef").put("type", "object")
        .put("properties", new JsonObject().put("street", string.copy()).put("city", string.copy()));
    return new JsonObject()
        .put("$schema", "https://json-schema.org/draft/2020-12/schema")
        .put("type", "object")
        .put("$defs", new JsonObject().put("address", address))
        .put("properties", new JsonObject()
            .put("name", string.copy())
            .put("address", new JsonObject().put("$ref", "#/$defs/address"))
            .put("contactMethod", new JsonObject().put("type", "string")
                .put("enum", new JsonArray().add("phone").add("email")))
            .put("phone", string.copy())
            .put("email", string.copy()))
        .put("allOf", new JsonArray().add(new JsonObject().put("anyOf", new JsonArray()
            .add(required("phone")).add(required("email")))))
        .put("if", new JsonObject()
            .put("properties", new JsonObject().put("contactMethod",
                new JsonObject().put("const", "phone")))
            .put("required", new JsonArray().add("contactMethod")))
        .put("then", required("phone"))
        .put("else", required("email"))
        .put("additionalProperties", false);
  }

  private static JsonObject required(String property) {
    return new JsonObject().put("required", new JsonArray().add(property));
  }
}

package io.imageedit.mcp;

import io.vertx.core.json.JsonObject;

/**
 * A tool as registered on the server.
 *
 * @param name         stable name clients call
 * @param title        human-readable title
 * @param description  what the model reads to decide when to call it
 * @param inputSchema  JSON Schema of the arguments (type object)
 * @param outputSchema JSON Schema of {@code structuredContent}, or null
 * @param annotations  MCP tool annotations (readOnlyHint, idempotentHint, ...), or null
 * @param handler      the implementation
 */
public record Tool(
    String name,
    String title,
    String description,
    JsonObject inputSchema,
    JsonObject outputSchema,
    JsonObject annotations,
    ToolHandler handler) {

  /** The tools/list entry. */
  public JsonObject descriptor() {
    JsonObject json = new JsonObject().put("name", name);
    if (title != null) {
      json.put("title", title);
    }
    json.put("description", description).put("inputSchema", inputSchema);
    if (outputSchema != null) {
      json.put("outputSchema", outputSchema);
    }
    if (annotations != null) {
      json.put("annotations", annotations);
    }
    return json;
  }
}

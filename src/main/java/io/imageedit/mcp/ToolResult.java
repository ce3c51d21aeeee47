package io.imageedit.mcp;

import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A tools/call result: content blocks, optional structured content, and the error flag.
 *
 * @param content           content blocks (text, image, resource_link, resource)
 * @param structuredContent value matching the tool's outputSchema, or null
 * @param isError           true for a failure the model should read and act on
 */
public record ToolResult(JsonArray content, Object structuredContent, boolean isError) {

  public static ToolResult text(String text) {
    return new ToolResult(new JsonArray().add(textBlock(text)), null, false);
  }

  public static ToolResult error(String message) {
    return new ToolResult(new JsonArray().add(textBlock(message)), null, true);
  }

  /**
   * Structured result; a text block carrying the same JSON comes first so that clients
   * which ignore structuredContent (and models writing Markdown links) still see it.
   */
  public static ToolResult structured(Object data, JsonObject... extraBlocks) {
    JsonArray content = new JsonArray().add(textBlock(Json.encode(data)));
    for (JsonObject block : extraBlocks) {
      content.add(block);
    }
    return new ToolResult(content, data, false);
  }

  public static JsonObject textBlock(String text) {
    return new JsonObject().put("type", "text").put("text", text);
  }

  public static JsonObject imageBlock(String base64, String mimeType) {
    return new JsonObject().put("type", "image").put("data", base64).put("mimeType", mimeType);
  }

  public static JsonObject resourceLink(String uri, String name, String mimeType, Long size) {
    JsonObject link = new JsonObject().put("type", "resource_link").put("uri", uri)
        .put("name", name);
    if (mimeType != null) {
      link.put("mimeType", mimeType);
    }
    if (size != null) {
      link.put("size", size);
    }
    return link;
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("content", content);
    if (structuredContent != null) {
      json.put("structuredContent", structuredContent);
    }
    if (isError) {
      json.put("isError", true);
    }
    return json;
  }
}

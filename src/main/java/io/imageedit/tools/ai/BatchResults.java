package io.imageedit.tools.ai;

import io.imageedit.mcp.ToolResult;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of a per-URL batch (fetch_image, ocr_extract): structuredContent
 * {results: [...], succeeded, failed}, input order kept, a failed URL as {url, error}.
 * Only when every URL failed is the call itself an error.
 */
final class BatchResults {
  private BatchResults() {
  }

  static JsonObject error(String url, Throwable e) {
    return new JsonObject().put("url", url).put("error", AiFailures.message(e));
  }

  static ToolResult result(List<JsonObject> entries) {
    return result(entries, List.of());
  }

  static ToolResult result(List<JsonObject> entries, List<JsonObject> extraBlocks) {
    int failed = (int) entries.stream().filter(e -> e.containsKey("error")).count();
    JsonObject data = new JsonObject().put("results", new JsonArray(new ArrayList<>(entries)))
        .put("succeeded", entries.size() - failed).put("failed", failed);
    if (failed == entries.size()) {
      StringBuilder text = new StringBuilder(entries.size() == 1 ? "" : "Every URL failed. ");
      for (JsonObject e : entries) {
        text.append(entries.size() == 1 ? "" : e.getString("url") + ": ").append(e.getString("error"))
            .append(entries.size() == 1 ? "" : "\n");
      }
      ToolResult error = ToolResult.error(text.toString().strip());
      return new ToolResult(error.content(), data, true);
    }
    return ToolResult.structured(data, extraBlocks.toArray(JsonObject[]::new));
  }

  static JsonObject outputSchema() {
    return new JsonObject().put("type", "object").put("properties", new JsonObject()
            .put("results", new JsonObject().put("type", "array")
                .put("description", "one entry per input URL, in order; failed ones carry error")
                .put("items", new JsonObject().put("type", "object")))
            .put("succeeded", new JsonObject().put("type", "integer"))
            .put("failed", new JsonObject().put("type", "integer")))
        .put("required", new JsonArray().add("results").add("succeeded").add("failed"));
  }
}

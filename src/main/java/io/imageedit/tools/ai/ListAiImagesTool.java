package io.imageedit.tools.ai;

import io.imageedit.mcp.CallContext;
import io.imageedit.mcp.Resource;
import io.imageedit.mcp.Tool;
import io.imageedit.mcp.ToolResult;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;

/** list_ai_images and the history://ai-images resource: what was generated and edited. */
final class ListAiImagesTool {
  static final String NAME = "list_ai_images";
  static final String RESOURCE_URI = "history://ai-images";
  private static final List<String> TYPES = List.of("generate", "edit");

  private final AiContext ai;

  ListAiImagesTool(AiContext ai) {
    this.ai = ai;
  }

  Tool tool() {
    return new Tool(NAME, "List AI images",
        "Lists images generated or edited on this server, newest first: prompt, parameters,"
            + " source image, result URL and time.",
        Schemas.object(new JsonObject()
            .put("limit", Schemas.integer("how many, newest first (default 20)", 1, 100))
            .put("type", Schemas.stringEnum("only generated or only edited images", TYPES, null))),
        new JsonObject().put("type", "object").put("properties", new JsonObject()
                .put("count", new JsonObject().put("type", "integer"))
                .put("images", new JsonObject().put("type", "array")
                    .put("items", new JsonObject().put("type", "object"))))
            .put("required", new JsonArray().add("count").add("images")),
        Schemas.annotations(true, true), this::call);
  }

  Resource resource() {
    return new Resource(RESOURCE_URI, "ai-images", "AI image history",
        "Images generated or edited on this server (newest first) as a JSON array",
        "application/json", context -> Future.succeededFuture(new JsonArray().add(new JsonObject()
            .put("uri", RESOURCE_URI).put("mimeType", "application/json")
            .put("text", new JsonArray(List.copyOf(ai.history().recent(
                AiImageHistory.MAX_RECORDS, null))).encodePrettily()))));
  }

  private Future<ToolResult> call(JsonObject args, CallContext context) {
    Long limit = AiArguments.optionalInteger(args, "limit", 1, 100);
    String type = AiArguments.oneOf(args, "type", TYPES, null);
    List<JsonObject> records = ai.history().recent(limit == null ? 20 : limit.intValue(), type);
    return Future.succeededFuture(ToolResult.structured(new JsonObject()
        .put("count", records.size()).put("images", new JsonArray(List.copyOf(records)))));
  }
}

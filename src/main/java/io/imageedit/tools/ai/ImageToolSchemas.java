package io.imageedit.tools.ai;

import io.vertx.core.json.JsonObject;

/** Output schema fields the AI image tools add to the standard image result. */
final class ImageToolSchemas {
  private ImageToolSchemas() {
  }

  static JsonObject aiExtras() {
    return new JsonObject()
        .put("type", new JsonObject().put("type", "string").put("enum",
            new io.vertx.core.json.JsonArray().add("generate").add("edit")))
        .put("model", new JsonObject().put("type", "string"))
        .put("prompt", new JsonObject().put("type", "string"))
        .put("size", new JsonObject().put("type", "string"))
        .put("taskId", new JsonObject().put("type", "string")
            .put("description", "ModelScope task id"));
  }
}

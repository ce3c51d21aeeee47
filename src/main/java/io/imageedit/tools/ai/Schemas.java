package io.imageedit.tools.ai;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;

/** Small JSON Schema builders for the AI tools' input schemas. */
final class Schemas {
  private Schemas() {
  }

  static JsonObject object(JsonObject properties, String... required) {
    return new JsonObject().put("type", "object").put("properties", properties)
        .put("required", new JsonArray(List.of((Object[]) required)));
  }

  static JsonObject string(String description) {
    return new JsonObject().put("type", "string").put("description", description);
  }

  static JsonObject stringEnum(String description, List<String> values, String fallback) {
    JsonObject schema = string(description).put("enum", new JsonArray(List.copyOf(values)));
    return fallback == null ? schema : schema.put("default", fallback);
  }

  static JsonObject integer(String description, long min, long max) {
    return new JsonObject().put("type", "integer").put("description", description)
        .put("minimum", min).put("maximum", max);
  }

  static JsonObject urls(String description) {
    return new JsonObject().put("type", "array").put("description", description)
        .put("items", new JsonObject().put("type", "string")).put("minItems", 1)
        .put("maxItems", AiArguments.MAX_URLS);
  }

  static JsonObject annotations(boolean readOnly, boolean idempotent) {
    return new JsonObject().put("readOnlyHint", readOnly).put("idempotentHint", idempotent)
        .put("openWorldHint", true);
  }
}

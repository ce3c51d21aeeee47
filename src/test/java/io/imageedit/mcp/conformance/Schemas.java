package io.imageedit.mcp.conformance;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** JSON Schema snippets shared by the fixture tools. */
final class Schemas {
  private Schemas() {
  }

  static JsonObject noArguments() {
    return new JsonObject().put("type", "object").put("properties", new JsonObject());
  }

  /** An object schema with required string properties, each with a description. */
  static JsonObject strings(String... namesAndDescriptions) {
    JsonObject properties = new JsonObject();
    JsonArray required = new JsonArray();
    for (int i = 0; i < namesAndDescriptions.length; i += 2) {
      properties.put(namesAndDescriptions[i], new JsonObject().put("type", "string")
          .put("description", namesAndDescriptions[i + 1]));
      required.add(namesAndDescriptions[i]);
    }
    return new JsonObject().put("type", "object").put("properties", properties)
        .put("required", required);
  }
}

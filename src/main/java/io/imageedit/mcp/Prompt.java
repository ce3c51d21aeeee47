package io.imageedit.mcp;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.function.BiFunction;

/**
 * A prompt template.
 *
 * @param name        stable name
 * @param title       human-readable title, or null
 * @param description what it is for, or null
 * @param arguments   prompts/list "arguments" array (name, description, required)
 * @param renderer    (arguments, context) → prompts/get result ({description?, messages})
 */
public record Prompt(
    String name,
    String title,
    String description,
    JsonArray arguments,
    BiFunction<JsonObject, CallContext, Future<JsonObject>> renderer) {
}

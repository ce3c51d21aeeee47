package io.imageedit.mcp;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;

import java.util.function.BiFunction;

/**
 * A parameterised resource (RFC 6570 template).
 *
 * @param uriTemplate e.g. test://template/{id}/data
 * @param name        short name
 * @param description what it holds, or null
 * @param mimeType    MIME type, or null
 * @param reader      (concrete URI, context) → contents array, or a failed future with
 *                    {@link McpError} -32002 when the URI does not match
 */
public record ResourceTemplate(
    String uriTemplate,
    String name,
    String description,
    String mimeType,
    BiFunction<String, CallContext, Future<JsonArray>> reader) {
}

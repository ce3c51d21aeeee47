package io.imageedit.mcp;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;

import java.util.function.Function;

/**
 * A static resource.
 *
 * @param uri         its URI (e.g. history://ai-images)
 * @param name        short name
 * @param title       human-readable title, or null
 * @param description what it holds, or null
 * @param mimeType    MIME type of its contents, or null
 * @param reader      produces the resources/read "contents" array for this URI
 */
public record Resource(
    String uri,
    String name,
    String title,
    String description,
    String mimeType,
    Function<CallContext, Future<JsonArray>> reader) {
}

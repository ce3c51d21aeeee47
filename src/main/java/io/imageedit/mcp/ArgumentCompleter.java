package io.imageedit.mcp;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

import java.util.List;

/**
 * Suggests values for one argument of a prompt or resource template ({@code completion/complete}).
 * Registered on {@link McpRegistry} per prompt name or per URI template.
 */
@FunctionalInterface
public interface ArgumentCompleter {

  /**
   * @param argument name of the argument being completed
   * @param value    what the user has typed so far (may be empty)
   * @param context  arguments already resolved ({@code params.context.arguments}), never null
   * @return suggestions, best first; the dispatcher sends at most 100 and sets hasMore/total
   */
  Future<List<String>> complete(String argument, String value, JsonObject context);
}

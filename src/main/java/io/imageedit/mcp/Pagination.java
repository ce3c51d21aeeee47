package io.imageedit.mcp;

import io.imageedit.mcp.jsonrpc.JsonRpc;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/** Cursor pagination of list results: the cursor is an opaque offset this server issued. */
final class Pagination {
  static final int PAGE_SIZE = 100;
  private static final String PREFIX = "offset:";

  private Pagination() {
  }

  /** Puts one page of {@code items} into {@code result[key]}, plus nextCursor when more remain. */
  static <T> JsonObject page(List<T> items, JsonObject params, String key,
      Function<T, JsonObject> render) {
    int offset = offset(params.getValue("cursor"));
    JsonArray page = new JsonArray();
    int end = Math.min(items.size(), offset + PAGE_SIZE);
    for (int i = offset; i < end; i++) {
      page.add(render.apply(items.get(i)));
    }
    JsonObject result = new JsonObject().put(key, page);
    if (end < items.size()) {
      result.put("nextCursor", Base64.getUrlEncoder().withoutPadding()
          .encodeToString((PREFIX + end).getBytes(StandardCharsets.UTF_8)));
    }
    return result;
  }

  private static int offset(Object cursor) {
    if (cursor == null) {
      return 0;
    }
    if (cursor instanceof String text) {
      try {
        String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        if (decoded.startsWith(PREFIX)) {
          int offset = Integer.parseInt(decoded.substring(PREFIX.length()));
          if (offset >= 0) {
            return offset;
          }
        }
      } catch (IllegalArgumentException e) {
        // falls through to the error below
      }
    }
    throw new McpError(JsonRpc.INVALID_PARAMS,
        "Invalid cursor: pass back a nextCursor value from a previous list result, or omit cursor");
  }
}

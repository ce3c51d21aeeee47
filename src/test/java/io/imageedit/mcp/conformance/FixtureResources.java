package io.imageedit.mcp.conformance;

import io.imageedit.mcp.McpError;
import io.imageedit.mcp.McpRegistry;
import io.imageedit.mcp.Resource;
import io.imageedit.mcp.ResourceTemplate;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The resources and the resource template the resources-* scenarios read. */
final class FixtureResources {
  static final String TEMPLATE = "test://template/{id}/data";
  private static final Pattern TEMPLATE_URI = Pattern.compile("test://template/([^/]+)/data");
  /** SEP-2164: an unknown resource is Invalid Params, with the URI in the error data. */
  private static final int INVALID_PARAMS = -32602;

  private FixtureResources() {
  }

  static void register(McpRegistry registry) {
    registry
        .addResource(textResource("test://static-text", "static-text", "Static text resource",
            "This is the content of the static text resource."))
        .addResource(new Resource("test://static-binary", "static-binary", null,
            "Static binary resource (1x1 red PNG)", "image/png",
            ctx -> Future.succeededFuture(new JsonArray().add(new JsonObject()
                .put("uri", "test://static-binary").put("mimeType", "image/png")
                .put("blob", FixtureMedia.RED_PIXEL_PNG)))))
        .addResource(textResource("test://watched-resource", "watched-resource",
            "A resource clients subscribe to", "Watched resource content"))
        .addResourceTemplate(new ResourceTemplate(TEMPLATE, "template-data",
            "Data for the given id", "application/json", (uri, ctx) -> readTemplate(uri)))
        .addResourceTemplateCompleter(TEMPLATE, (argument, value, context) ->
            Future.succeededFuture(Completions.startingWith(value,
                List.of("1", "2", "3", "42", "123"))));
  }

  private static Resource textResource(String uri, String name, String description,
      String text) {
    return new Resource(uri, name, null, description, "text/plain",
        ctx -> Future.succeededFuture(new JsonArray().add(new JsonObject().put("uri", uri)
            .put("mimeType", "text/plain").put("text", text))));
  }

  private static Future<JsonArray> readTemplate(String uri) {
    Matcher matcher = TEMPLATE_URI.matcher(uri);
    if (!matcher.matches()) {
      return Future.failedFuture(new McpError(INVALID_PARAMS, "Resource not found: " + uri,
          new JsonObject().put("uri", uri)));
    }
    String id = matcher.group(1);
    JsonObject data = new JsonObject().put("id", id).put("templateTest", true)
        .put("data", "Data for ID: " + id);
    return Future.succeededFuture(new JsonArray().add(new JsonObject().put("uri", uri)
        .put("mimeType", "application/json").put("text", data.encode())));
  }
}

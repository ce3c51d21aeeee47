package io.imageedit.tools.ai;

import io.imageedit.image.SourceImage;
import io.imageedit.mcp.CallContext;
import io.imageedit.mcp.Tool;
import io.imageedit.mcp.ToolResult;
import io.imageedit.tools.AspectRatio;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

import java.util.List;

/**
 * fetch_image: facts about each image (type from magic bytes, size, aspect ratio) and a short
 * name and description from the vision model. Without an API key the facts still come back
 * with a placeholder description, as the original did.
 */
final class FetchImageTool {
  static final String NAME = "fetch_image";
  static final String PLACEHOLDER = "(no description: the server has no MODELSCOPE_API_KEY,"
      + " so only the image facts are available)";
  private static final int PARALLEL = 4;

  private final AiContext ai;

  FetchImageTool(AiContext ai) {
    this.ai = ai;
  }

  Tool tool() {
    return new Tool(NAME, "Fetch and describe images",
        "Fetches one or more images (http(s) URLs, data: URLs or links from this server) and"
            + " returns for each: format, width, height, size, aspect ratio, and a short name and"
            + " detailed description from a vision model. Use focus to ask about something"
            + " specific. Results keep the order of urls; a URL that fails gets an error entry"
            + " and the others still succeed. Show images to the user as Markdown ![](url).",
        Schemas.object(new JsonObject()
            .put("urls", Schemas.urls("image URLs to fetch and describe"))
            .put("focus", Schemas.string("optional: what the description should pay special"
                + " attention to")), "urls"),
        BatchResults.outputSchema(), Schemas.annotations(true, true), this::call);
  }

  private Future<ToolResult> call(JsonObject args, CallContext context) {
    List<String> urls = AiArguments.urls(args);
    String focus = AiArguments.optionalText(args, "focus");
    return OrderedBatch.run(urls, PARALLEL, url -> one(url, focus, context)
            .recover(e -> Future.succeededFuture(BatchResults.error(url, e))))
        .map(BatchResults::result);
  }

  private Future<JsonObject> one(String url, String focus, CallContext context) {
    return ai.fetcher().fetch(url).compose(source -> {
      JsonObject facts = facts(url, source);
      if (!ai.config().ai().hasApiKey()) {
        return Future.succeededFuture(facts.put("name", fileName(url)).put("description", PLACEHOLDER)
            .put("text", PLACEHOLDER));
      }
      String instruction = VisionInstructions.describe(focus);
      return VisionCalls.ask(ai, source, instruction, context)
          .map(answer -> {
            JsonObject described = VisionAnswers.description(answer, fileName(url));
            return facts.put("name", described.getString("name"))
                .put("description", described.getString("description"))
                .put("text", described.getString("description"));
          });
    });
  }

  private static JsonObject facts(String url, SourceImage source) {
    int w = source.width();
    int h = source.height();
    return new JsonObject().put("url", url)
        .put("mimeType", source.format().mime())
        .put("format", source.format().wireName())
        .put("width", w).put("height", h)
        .put("bytes", (long) source.bytes().length())
        .put("aspectRatio", AspectRatio.describe(w, h))
        .put("sha256", source.sha256());
  }

  static String fileName(String url) {
    if (url.startsWith("data:")) {
      return "image";
    }
    String path = url.replaceFirst("[?#].*$", "");
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.isBlank() ? "image" : last;
  }

}

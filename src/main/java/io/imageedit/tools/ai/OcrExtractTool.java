package io.imageedit.tools.ai;

import io.imageedit.mcp.CallContext;
import io.imageedit.mcp.Tool;
import io.imageedit.mcp.ToolResult;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

/**
 * ocr_extract: the text of each image as Markdown, also stored as a .txt file in the cache
 * with a link. Answers are cached by (image hash, model, instruction).
 */
final class OcrExtractTool {
  static final String NAME = "ocr_extract";
  private static final int PARALLEL = 4;

  private final AiContext ai;

  OcrExtractTool(AiContext ai) {
    this.ai = ai;
  }

  Tool tool() {
    return new Tool(NAME, "Extract text (OCR)",
        "Reads the text in one or more images with a vision model and returns it as Markdown"
            + " (tables and headings kept), one entry per URL in input order, each also saved"
            + " as a .txt file with a link (textUrl). A URL that fails gets an error entry and"
            + " the others still succeed.",
        Schemas.object(new JsonObject().put("urls", Schemas.urls("image URLs to read")), "urls"),
        BatchResults.outputSchema(), Schemas.annotations(true, true), this::call);
  }

  private Future<ToolResult> call(JsonObject args, CallContext context) {
    List<String> urls = AiArguments.urls(args);
    AiFailures.requireKey(ai);
    return OrderedBatch.run(urls, PARALLEL, url -> one(url, context)
            .recover(e -> Future.succeededFuture(BatchResults.error(url, e))))
        .map(entries -> {
          List<JsonObject> links = new ArrayList<>();
          for (JsonObject e : entries) {
            if (!e.containsKey("error")) {
              links.add(ToolResult.resourceLink(e.getString("textUrl"), e.getString("textKey"),
                  "text/plain", e.getLong("textBytes")));
            }
          }
          return BatchResults.result(entries, links);
        });
  }

  private Future<JsonObject> one(String url, CallContext context) {
    return ai.fetcher().fetch(url)
        .compose(source -> VisionCalls.ask(ai, source, VisionInstructions.OCR, context))
        .map(VisionAnswers::unfenced)
        .compose(text -> ai.cache().storeText("ocr", text)
            .map(file -> new JsonObject().put("url", url).put("text", text)
                .put("chars", text.codePointCount(0, text.length()))
                .put("textUrl", file.url()).put("textKey", file.key())
                .put("textBytes", file.size())));
  }
}

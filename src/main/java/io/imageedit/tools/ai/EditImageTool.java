package io.imageedit.tools.ai;

import io.imageedit.mcp.CallContext;
import io.imageedit.mcp.Tool;
import io.imageedit.mcp.ToolException;
import io.imageedit.mcp.ToolResult;
import io.imageedit.tools.ImageResults;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** edit_image: an instruction-based edit of an existing image by ModelScope's edit model. */
final class EditImageTool {
  static final String NAME = "edit_image";

  private final AiContext ai;
  private final ImageTaskFlow flow;

  EditImageTool(AiContext ai) {
    this.ai = ai;
    this.flow = new ImageTaskFlow(ai);
  }

  Tool tool() {
    return new Tool(NAME, "Edit an image with AI",
        "Edits an image following an instruction (e.g. \"make the sky orange\", \"把背景换成海边\")"
            + " with ModelScope's image edit model. The image must be at a URL ModelScope can"
            + " download (a public URL, or this server's cache when CACHE_URL is public)."
            + " Long-running: progress is reported when the client sends a progressToken."
            + " Returns this server's permanent URL of the result; show it as ![](url).",
        Schemas.object(new JsonObject()
                .put("image_url", Schemas.string("the image to edit (public http(s) URL)"))
                .put("prompt", Schemas.string("the edit instruction, under 2000 characters"))
                .put("size", Schemas.string("output size \"WxH\", e.g. \"1024x1024\"; default:"
                    + " the model's choice"))
                .put("steps", Schemas.integer("sampling steps", 1, 100))
                .put("seed", Schemas.integer("random seed", 0, AiArguments.MAX_SEED)),
            "image_url", "prompt"),
        ImageResults.outputSchema(ImageToolSchemas.aiExtras()),
        Schemas.annotations(false, false), this::call);
  }

  private Future<ToolResult> call(JsonObject args, CallContext context) {
    String url = AiArguments.requiredText(args, "image_url").strip();
    String prompt = AiArguments.prompt(args, "prompt", true);
    String size = AiArguments.optionalText(args, "size");
    Long steps = AiArguments.optionalInteger(args, "steps", 1, 100);
    Long seed = AiArguments.optionalInteger(args, "seed", 0, AiArguments.MAX_SEED);
    String model = ai.config().ai().editModel();
    JsonObject body = new JsonObject().put("model", model).put("prompt", prompt);
    if (size != null) {
      body.put("size", ModelSizeRange.of(model).check(size, "size"));
    }
    if (steps != null) {
      body.put("steps", steps);
    }
    if (seed != null) {
      body.put("seed", seed);
    }
    boolean ownFile = ai.cache().keyFromUrl(url).isPresent();
    String providerUrl = EditSource.providerUrl(url, ownFile, ai.config());
    if (!ownFile && !EditSource.isHttp(url)) {
      throw new ToolException("image_url must be an http(s) URL, got \"" + url + "\"");
    }
    AiFailures.requireKey(ai);
    body.put("image_url", new JsonArray().add(providerUrl));
    JsonObject record = new JsonObject().put("prompt", prompt).put("params", args.copy());
    // Fetch it ourselves first: a broken or non-image URL fails here, not after a paid call.
    return ai.fetcher().fetch(url)
        .compose(source -> flow.run("edit", body, record, url, context));
  }
}

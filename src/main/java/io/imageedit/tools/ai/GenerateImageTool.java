package io.imageedit.tools.ai;

import io.imageedit.mcp.CallContext;
import io.imageedit.mcp.Tool;
import io.imageedit.mcp.ToolResult;
import io.imageedit.tools.ImageResults;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/** generate_image: text to image with the original's size mapping, validated before sending. */
final class GenerateImageTool {
  static final String NAME = "generate_image";

  private final AiContext ai;
  private final ImageTaskFlow flow;

  GenerateImageTool(AiContext ai) {
    this.ai = ai;
    this.flow = new ImageTaskFlow(ai);
  }

  Tool tool() {
    return new Tool(NAME, "Generate an image",
        "Creates an image from a text prompt (any language, Chinese included) with ModelScope's"
            + " image model. Long-running (often 10-60 s): progress is reported when the client"
            + " sends a progressToken. Returns this server's permanent URL of the image; show it"
            + " to the user as Markdown ![](url).",
        Schemas.object(new JsonObject()
                .put("prompt", Schemas.string("what to draw, under 2000 characters"))
                .put("negative_prompt", Schemas.string("what to avoid, under 2000 characters"))
                .put("aspect_ratio", Schemas.stringEnum("width:height", GenerationSize.RATIOS, "1:1"))
                .put("resolution", Schemas.stringEnum("1k: longer side 1024 px; 2k and 4k: 2048 px"
                    + " (the model's maximum)", GenerationSize.RESOLUTIONS, "1k"))
                .put("steps", Schemas.integer("sampling steps", 1, 100))
                .put("seed", Schemas.integer("random seed for repeatable results", 0,
                    AiArguments.MAX_SEED)),
            "prompt"),
        ImageResults.outputSchema(ImageToolSchemas.aiExtras()),
        Schemas.annotations(false, false), this::call);
  }

  private Future<ToolResult> call(JsonObject args, CallContext context) {
    JsonObject body = body(args, ai.config().ai().imageModel());
    AiFailures.requireKey(ai);
    JsonObject record = new JsonObject().put("prompt", body.getString("prompt"))
        .put("params", args.copy());
    return flow.run("generate", body, record, null, context);
  }

  /** The provider body, or a ToolException naming the first bad argument. */
  static JsonObject body(JsonObject args, String model) {
    String prompt = AiArguments.prompt(args, "prompt", true);
    String negative = AiArguments.prompt(args, "negative_prompt", false);
    String ratio = AiArguments.oneOf(args, "aspect_ratio", GenerationSize.RATIOS, "1:1");
    String resolution = AiArguments.oneOf(args, "resolution", GenerationSize.RESOLUTIONS, "1k");
    Long steps = AiArguments.optionalInteger(args, "steps", 1, 100);
    Long seed = AiArguments.optionalInteger(args, "seed", 0, AiArguments.MAX_SEED);
    String size = ModelSizeRange.of(model).check(GenerationSize.of(ratio, resolution),
        "the size for aspect_ratio " + ratio + " at " + resolution);
    JsonObject body = new JsonObject().put("model", model).put("prompt", prompt);
    if (negative != null) {
      body.put("negative_prompt", negative);
    }
    body.put("size", size);
    if (steps != null) {
      body.put("steps", steps);
    }
    if (seed != null) {
      body.put("seed", seed);
    }
    return body;
  }
}

package io.imageedit.tools.ai;

import io.imageedit.image.ImageInfo;
import io.imageedit.mcp.CallContext;
import io.imageedit.mcp.Tool;
import io.imageedit.mcp.ToolResult;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;

/**
 * locate_object: bounding boxes of every matching object, in the model's 0..999 coordinates
 * and in pixels of the image as displayed, each with ready crop_image arguments.
 */
final class LocateObjectTool {
  static final String NAME = "locate_object";
  private static final int ANSWER_EXCERPT = 500;

  private final AiContext ai;

  LocateObjectTool(AiContext ai) {
    this.ai = ai;
  }

  Tool tool() {
    JsonObject box = new JsonObject().put("type", "object").put("properties", new JsonObject()
        .put("label", new JsonObject().put("type", "string"))
        .put("x1", new JsonObject().put("type", "integer")).put("y1", new JsonObject().put("type", "integer"))
        .put("x2", new JsonObject().put("type", "integer")).put("y2", new JsonObject().put("type", "integer"))
        .put("pixels", new JsonObject().put("type", "object"))
        .put("crop_image", new JsonObject().put("type", "object")
            .put("description", "arguments to pass to crop_image as they are")));
    JsonObject output = new JsonObject().put("type", "object").put("properties", new JsonObject()
            .put("image_url", new JsonObject().put("type", "string"))
            .put("object", new JsonObject().put("type", "string"))
            .put("width", new JsonObject().put("type", "integer"))
            .put("height", new JsonObject().put("type", "integer"))
            .put("count", new JsonObject().put("type", "integer"))
            .put("boxes", new JsonObject().put("type", "array").put("items", box))
            .put("answer", new JsonObject().put("type", "string")))
        .put("required", new JsonArray().add("image_url").add("object").add("count").add("boxes"));
    return new Tool(NAME, "Locate objects",
        "Finds every instance of an object in an image with a vision model and returns"
            + " bounding boxes in 0..999 normalised coordinates (x1,y1 top-left, x2,y2"
            + " bottom-right) and in pixels, with labels. Each box carries crop_image arguments"
            + " to cut it out.",
        Schemas.object(new JsonObject()
            .put("image_url", Schemas.string("the image (http(s) URL, data: URL or a link from this server)"))
            .put("object_name", Schemas.string("what to find, e.g. \"cat\" or \"红色的汽车\"")),
            "image_url", "object_name"),
        output, Schemas.annotations(true, true), this::call);
  }

  private Future<ToolResult> call(JsonObject args, CallContext context) {
    String url = AiArguments.requiredText(args, "image_url").strip();
    String object = AiArguments.requiredText(args, "object_name").strip();
    AiFailures.requireKey(ai);
    return ai.fetcher().fetch(url).compose(source -> ai.images().probe(source.bytes())
        .compose(info -> VisionCalls.ask(ai, source, VisionInstructions.locate(object), context)
            .map(answer -> result(url, object, info, answer))));
  }

  private static ToolResult result(String url, String object, ImageInfo info, String answer) {
    List<BoundingBox> boxes = BoxParser.parse(answer);
    JsonArray list = new JsonArray();
    boxes.forEach(b -> list.add(b.toJson(url, info.width(), info.height(), object)));
    JsonObject data = new JsonObject().put("image_url", url).put("object", object)
        .put("width", info.width()).put("height", info.height())
        .put("count", boxes.size()).put("boxes", list)
        .put("answer", answer.length() <= ANSWER_EXCERPT ? answer
            : answer.substring(0, ANSWER_EXCERPT) + "…");
    return ToolResult.structured(data);
  }
}

package io.imageedit.tools;

import io.imageedit.AppServices;
import io.imageedit.image.ImageFormat;
import io.imageedit.image.ImageInfo;
import io.imageedit.image.ImageOperation;
import io.imageedit.image.SourceImage;
import io.imageedit.mcp.CallContext;
import io.imageedit.mcp.McpRegistry;
import io.imageedit.mcp.Tool;
import io.imageedit.mcp.ToolException;
import io.imageedit.mcp.ToolResult;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.Locale;

/**
 * The image tools that need no AI provider: rotate, crop, flip, resize, convert, info. Names
 * and parameters follow the original server's contract (rotate_image {url, direction},
 * crop_image {image_url, x1..y2 on the 0..999 grid}) with optional extras.
 */
public final class ImageTools {
  private static final String URL_HINT = "an http(s) image URL, a data:image/...;base64 URL,"
      + " or a URL returned by an earlier tool";
  private static final String SHOW = " Returns the result's URL; show it to the user as"
      + " Markdown ![](url).";

  private final AppServices services;
  private final ImageTransforms transforms;

  private ImageTools(AppServices services) {
    this.services = services;
    this.transforms = new ImageTransforms(services);
  }

  public static void register(McpRegistry registry, AppServices services) {
    ImageTools t = new ImageTools(services);
    registry.addTool(new Tool("rotate_image", "Rotate image",
        "Rotate an image clockwise 90° (right90), counter-clockwise 90° (left90) or 180°"
            + " (flip180); or by any angle with degrees (clockwise) and a background colour for"
            + " the uncovered corners. Output keeps the input format unless format is given."
            + SHOW,
        schema(new JsonObject()
            .put("url", str("the image: " + URL_HINT))
            .put("direction", str("right90, left90 or flip180 (also Right90, right_90, ...)"))
            .put("degrees", num("any angle, clockwise; overrides direction"))
            .put("background", str("fill for uncovered corners when degrees is not a multiple"
                + " of 90: #rrggbb, #rrggbbaa, white, black or transparent (default)"))
            .put("format", formatSchema())
            .put("quality", qualitySchema()), "url"),
        ImageResults.outputSchema(null), writes(), t::rotate));
    registry.addTool(new Tool("crop_image", "Crop image",
        "Crop an image to the box (x1,y1)-(x2,y2). By default the corners are on the vision"
            + " model's 0..999 grid (as returned by locate_object): pixel = floor(v / 1000 *"
            + " size); unit \"percent\" (0..100) and \"pixel\" are also accepted. Reversed"
            + " corners are swapped and the box is clamped to the image." + SHOW,
        schema(new JsonObject()
            .put("image_url", str("the image: " + URL_HINT))
            .put("x1", coord("left")).put("y1", coord("top"))
            .put("x2", coord("right")).put("y2", coord("bottom"))
            .put("unit", new JsonObject().put("type", "string")
                .put("enum", new JsonArray().add("normalized").add("percent").add("pixel"))
                .put("description", "unit of the corners; default normalized (0..999)"))
            .put("format", formatSchema())
            .put("quality", qualitySchema()), "image_url", "x1", "y1", "x2", "y2"),
        ImageResults.outputSchema(null), writes(), t::crop));
    registry.addTool(new Tool("flip_image", "Flip image",
        "Mirror an image: axis horizontal (left-right) or vertical (top-bottom)." + SHOW,
        schema(new JsonObject()
            .put("url", str("the image: " + URL_HINT))
            .put("axis", str("horizontal (default) or vertical"))
            .put("format", formatSchema())
            .put("quality", qualitySchema()), "url"),
        ImageResults.outputSchema(null), writes(), t::flip));
    registry.addTool(new Tool("resize_image", "Resize image",
        "Resize an image. mode fit (default): within width x height keeping the aspect ratio;"
            + " cover: fill width x height and crop the overflow; exact: stretch to width x"
            + " height; scale: multiply both sides by scale. With only width or only height the"
            + " aspect ratio is kept." + SHOW,
        schema(new JsonObject()
            .put("url", str("the image: " + URL_HINT))
            .put("width", new JsonObject().put("type", "integer").put("minimum", 1))
            .put("height", new JsonObject().put("type", "integer").put("minimum", 1))
            .put("mode", str("fit (default), cover, exact or scale"))
            .put("scale", num("factor for mode scale, e.g. 0.5"))
            .put("format", formatSchema())
            .put("quality", qualitySchema()), "url"),
        ImageResults.outputSchema(null), writes(), t::resize));
    registry.addTool(new Tool("convert_image", "Convert image format",
        "Convert an image to png, jpeg, webp or gif, optionally with a quality (1..100, JPEG"
            + " and WebP). Reports the size before and after. Metadata (EXIF, GPS) is removed."
            + SHOW,
        schema(new JsonObject()
            .put("url", str("the image: " + URL_HINT))
            .put("format", formatSchema())
            .put("quality", qualitySchema()), "url", "format"),
        ImageResults.outputSchema(new JsonObject()
            .put("bytesBefore", new JsonObject().put("type", "integer"))
            .put("bytesAfter", new JsonObject().put("type", "integer"))
            .put("sourceFormat", new JsonObject().put("type", "string"))),
        writes(), t::convert));
    registry.addTool(new Tool("get_image_info", "Image information",
        "Width, height, pixel count, format, MIME type, file size, aspect ratio, EXIF"
            + " orientation, camera and date tags when present, and animation frame count of an"
            + " image. Decodes no pixels.",
        schema(new JsonObject().put("url", str("the image: " + URL_HINT)), "url"),
        infoSchema(),
        new JsonObject().put("readOnlyHint", true).put("idempotentHint", true)
            .put("openWorldHint", true),
        t::info));
  }

  private Future<ToolResult> rotate(JsonObject arguments, CallContext context) {
    return call(() -> {
      ToolArgs a = new ToolArgs(arguments);
      String url = a.requiredString("url", URL_HINT);
      JsonObject params = new JsonObject();
      Double degrees = a.optionalNumber("degrees");
      String direction = a.optionalString("direction");
      if (degrees != null) {
        params.put("degrees", degrees).put("background", a.optionalString("background"));
      } else if (direction != null) {
        params.put("direction", direction(direction));
      } else {
        throw new ToolException("give direction (right90, left90 or flip180) or degrees");
      }
      return transforms.run(url, "rotate", ImageOperation.ROTATE, params,
          a.optionalFormat("format"), quality(a), null);
    });
  }

  static String direction(String value) {
    String d = ToolArgs.normalize(value);
    return switch (d) {
      case "right90", "right", "cw", "clockwise", "90", "rotateright" -> "right90";
      case "left90", "left", "ccw", "counterclockwise", "anticlockwise", "270", "-90",
          "rotateleft" -> "left90";
      case "flip180", "180", "upsidedown", "rotate180" -> "flip180";
      default -> throw new ToolException("direction must be right90 (clockwise), left90"
          + " (counter-clockwise) or flip180, got \"" + value + "\"");
    };
  }

  private Future<ToolResult> crop(JsonObject arguments, CallContext context) {
    return call(() -> {
      ToolArgs a = new ToolArgs(arguments);
      String url = a.requiredString("image_url", URL_HINT);
      String coordHint = "a corner coordinate (0..999 on the normalized grid)";
      JsonObject params = new JsonObject()
          .put("x1", nonNegative("x1", a.requiredNumber("x1", coordHint)))
          .put("y1", nonNegative("y1", a.requiredNumber("y1", coordHint)))
          .put("x2", nonNegative("x2", a.requiredNumber("x2", coordHint)))
          .put("y2", nonNegative("y2", a.requiredNumber("y2", coordHint)));
      String unit = a.optionalString("unit");
      if (unit != null) {
        params.put("unit", unit.toLowerCase(Locale.ROOT));
      }
      return transforms.run(url, "crop", ImageOperation.CROP, params,
          a.optionalFormat("format"), quality(a), null);
    });
  }

  private static double nonNegative(String name, double v) {
    if (v < 0) {
      throw new ToolException(name + " must not be negative, got " + v);
    }
    return v;
  }

  private Future<ToolResult> flip(JsonObject arguments, CallContext context) {
    return call(() -> {
      ToolArgs a = new ToolArgs(arguments);
      String url = a.requiredString("url", URL_HINT);
      String axis = a.optionalString("axis");
      String normalized = axis == null ? "horizontal" : switch (ToolArgs.normalize(axis)) {
        case "horizontal", "h", "x", "horizontally", "leftright", "mirror" -> "horizontal";
        case "vertical", "v", "y", "vertically", "topbottom", "updown" -> "vertical";
        default -> throw new ToolException(
            "axis must be horizontal or vertical, got \"" + axis + "\"");
      };
      return transforms.run(url, "flip", ImageOperation.FLIP,
          new JsonObject().put("axis", normalized), a.optionalFormat("format"), quality(a), null);
    });
  }

  private Future<ToolResult> resize(JsonObject arguments, CallContext context) {
    return call(() -> {
      ToolArgs a = new ToolArgs(arguments);
      String url = a.requiredString("url", URL_HINT);
      String mode = a.optionalString("mode");
      String m = mode == null ? "fit" : ToolArgs.normalize(mode);
      if (!m.equals("fit") && !m.equals("cover") && !m.equals("exact") && !m.equals("scale")) {
        throw new ToolException("mode must be fit, cover, exact or scale, got \"" + mode + "\"");
      }
      JsonObject params = new JsonObject().put("mode", m)
          .put("width", a.optionalInt("width", 1, 100_000))
          .put("height", a.optionalInt("height", 1, 100_000))
          .put("scale", a.optionalNumber("scale"));
      if (!m.equals("scale") && params.getValue("width") == null
          && params.getValue("height") == null) {
        if (params.getValue("scale") == null) {
          throw new ToolException("give width, height or both (or mode \"scale\" with scale)");
        }
        params.put("mode", "scale");
      }
      return transforms.run(url, "resize", ImageOperation.RESIZE, params,
          a.optionalFormat("format"), quality(a), null);
    });
  }

  private Future<ToolResult> convert(JsonObject arguments, CallContext context) {
    return call(() -> {
      ToolArgs a = new ToolArgs(arguments);
      String url = a.requiredString("url", URL_HINT);
      ImageFormat format = a.optionalFormat("format");
      if (format == null) {
        throw new ToolException("missing argument \"format\": png, jpeg, webp or gif");
      }
      return transforms.run(url, "convert", ImageOperation.REENCODE, new JsonObject(), format,
          quality(a), (source, produced) -> new JsonObject()
              .put("bytesBefore", source.bytes().length())
              .put("bytesAfter", produced.file().size())
              .put("sourceFormat", source.format().wireName()));
    });
  }

  private Future<ToolResult> info(JsonObject arguments, CallContext context) {
    return call(() -> {
      String url = new ToolArgs(arguments).requiredString("url", URL_HINT);
      return services.imageFetcher().fetch(url)
          .compose(source -> services.imageClient().probe(source.bytes())
              .map(info -> ToolResult.structured(infoJson(source, info))));
    });
  }

  static JsonObject infoJson(SourceImage source, ImageInfo info) {
    long pixels = (long) info.width() * info.height();
    JsonObject json = new JsonObject()
        .put("url", source.url())
        .put("width", info.width())
        .put("height", info.height())
        .put("pixels", pixels)
        .put("megapixels", Math.round(pixels / 10_000.0) / 100.0)
        .put("format", info.format().wireName())
        .put("mimeType", info.format().mime())
        .put("bytes", source.bytes().length())
        .put("aspectRatio", AspectRatio.describe(info.width(), info.height()))
        .put("aspectRatioValue", Math.round(info.width() * 10_000.0 / info.height()) / 10_000.0)
        .put("orientation", info.orientation())
        .put("frames", info.frames())
        .put("animated", info.frames() > 1)
        .put("hasAlpha", info.hasAlpha())
        .put("sha256", source.sha256());
    if (!info.tags().isEmpty()) {
      JsonObject exif = new JsonObject();
      info.tags().forEach((k, v) -> exif.put(k, k.equals("gpsPresent") ? Boolean.TRUE : v));
      json.put("exif", exif);
    }
    return json;
  }

  private static int quality(ToolArgs a) {
    Integer q = a.optionalInt("quality", 1, 100);
    return q == null ? 0 : q;
  }

  /** Turns argument errors thrown while building the call into a failed future. */
  private static Future<ToolResult> call(java.util.function.Supplier<Future<ToolResult>> body) {
    try {
      return body.get();
    } catch (ToolException e) {
      return Future.failedFuture(e);
    }
  }

  private static JsonObject schema(JsonObject properties, String... required) {
    JsonArray req = new JsonArray();
    for (String r : required) {
      req.add(r);
    }
    return new JsonObject().put("type", "object").put("properties", properties)
        .put("required", req);
  }

  private static JsonObject str(String description) {
    return new JsonObject().put("type", "string").put("description", description);
  }

  private static JsonObject num(String description) {
    return new JsonObject().put("type", "number").put("description", description);
  }

  private static JsonObject coord(String side) {
    return new JsonObject().put("type", "number").put("minimum", 0)
        .put("description", side + " edge, 0..999 on the normalized grid (or per unit)");
  }

  private static JsonObject formatSchema() {
    return str("output format: png, jpeg, webp or gif; default keeps the input's (BMP becomes"
        + " PNG)");
  }

  private static JsonObject qualitySchema() {
    return new JsonObject().put("type", "integer").put("minimum", 1).put("maximum", 100)
        .put("description", "JPEG/WebP quality 1..100 (default 90)");
  }

  private static JsonObject writes() {
    return new JsonObject().put("readOnlyHint", false).put("destructiveHint", false)
        .put("idempotentHint", true).put("openWorldHint", true);
  }

  private static JsonObject infoSchema() {
    JsonObject integer = new JsonObject().put("type", "integer");
    JsonObject string = new JsonObject().put("type", "string");
    JsonObject number = new JsonObject().put("type", "number");
    JsonObject bool = new JsonObject().put("type", "boolean");
    return new JsonObject().put("type", "object").put("properties", new JsonObject()
            .put("url", string).put("width", integer).put("height", integer)
            .put("pixels", integer).put("megapixels", number).put("format", string)
            .put("mimeType", string).put("bytes", integer).put("aspectRatio", string)
            .put("aspectRatioValue", number)
            .put("orientation", integer.copy().put("description",
                "EXIF orientation 1..8; width/height are as displayed"))
            .put("frames", integer).put("animated", bool).put("hasAlpha", bool)
            .put("sha256", string)
            .put("exif", new JsonObject().put("type", "object")
                .put("description", "camera make/model, dates, exposure; gpsPresent when the"
                    + " file carries a location")))
        .put("required", new JsonArray().add("url").add("width").add("height").add("pixels")
            .add("format").add("mimeType").add("bytes").add("aspectRatio").add("orientation")
            .add("frames"));
  }

}

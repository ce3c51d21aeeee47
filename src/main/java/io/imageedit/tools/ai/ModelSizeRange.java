package io.imageedit.tools.ai;

import io.imageedit.mcp.ToolException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output sizes a ModelScope image model accepts (documented ranges), chosen by the
 * model id; unknown models get the widest documented range.
 */
record ModelSizeRange(String model, int min, int max) {
  private static final Pattern SIZE = Pattern.compile("(\\d{2,5})\\s*[xX×*]\\s*(\\d{2,5})");

  static ModelSizeRange of(String model) {
    String m = model.toLowerCase(Locale.ROOT);
    if (m.contains("z-image")) {
      return new ModelSizeRange(model, 512, 2048);
    }
    if (m.contains("qwen-image")) {
      return new ModelSizeRange(model, 64, 1664);
    }
    if (m.contains("flux")) {
      return new ModelSizeRange(model, 64, 1024);
    }
    return new ModelSizeRange(model, 64, 2048);
  }

  /** "WxH" checked against the range, normalised to "WxH". */
  String check(String size, String parameter) {
    Matcher m = SIZE.matcher(size.strip());
    if (!m.matches()) {
      throw new ToolException(parameter + " must look like \"1024x768\" (width x height in pixels), got \""
          + size + "\"");
    }
    return check(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), parameter);
  }

  String check(int width, int height, String parameter) {
    if (width < min || height < min || width > max || height > max) {
      throw new ToolException(parameter + " " + width + "x" + height + " is outside what "
          + model + " accepts: each side from " + min + " to " + max + " pixels ("
          + min + "x" + min + " to " + max + "x" + max + ")");
    }
    return width + "x" + height;
  }
}

package io.imageedit.tools.ai;

import io.imageedit.mcp.ToolException;

import java.util.List;

/**
 * The original's size mapping: the longer side is 1024 (1k) or 2048 (2k, and 4k, which the
 * model's 512..2048 range cannot reach); the shorter side follows the aspect ratio.
 */
final class GenerationSize {
  static final List<String> RATIOS = List.of("1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3");
  static final List<String> RESOLUTIONS = List.of("1k", "2k", "4k");

  private GenerationSize() {
  }

  static String of(String ratio, String resolution) {
    String[] parts = ratio.split(":");
    int w = Integer.parseInt(parts[0]);
    int h = Integer.parseInt(parts[1]);
    int longSide = switch (resolution) {
      case "1k" -> 1024;
      case "2k", "4k" -> 2048;
      default -> throw new ToolException("resolution must be 1k, 2k or 4k");
    };
    int shortSide = (int) Math.round(longSide * (double) Math.min(w, h) / Math.max(w, h));
    return w >= h ? longSide + "x" + shortSide : shortSide + "x" + longSide;
  }
}

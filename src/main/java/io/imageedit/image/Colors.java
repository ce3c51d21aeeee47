package io.imageedit.image;

import java.awt.Color;
import java.util.Locale;

/** Parses background colours given as "#rgb", "#rrggbb", "#rrggbbaa", "transparent" or a few names. */
public final class Colors {
  private Colors() {
  }

  public static Color parse(String value) {
    String v = value == null ? "transparent" : value.trim().toLowerCase(Locale.ROOT);
    switch (v) {
      case "", "transparent", "none": return new Color(0, 0, 0, 0);
      case "white": return Color.WHITE;
      case "black": return Color.BLACK;
      case "red": return Color.RED;
      case "green": return Color.GREEN;
      case "blue": return Color.BLUE;
      case "gray", "grey": return Color.GRAY;
      default: break;
    }
    String hex = v.startsWith("#") ? v.substring(1) : v;
    try {
      if (hex.length() == 3) {
        hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1)
            + hex.charAt(2) + hex.charAt(2);
      }
      if (hex.length() == 6) {
        return new Color(Integer.parseInt(hex, 16));
      }
      if (hex.length() == 8) {
        long rgba = Long.parseLong(hex, 16);
        return new Color((int) (rgba >> 24) & 0xFF, (int) (rgba >> 16) & 0xFF,
            (int) (rgba >> 8) & 0xFF, (int) rgba & 0xFF);
      }
    } catch (NumberFormatException e) {
      // fall through to the error below
    }
    throw new ImageJobException(ImageJobException.BAD_PARAMS, "background must be a colour like"
        + " \"#ffffff\", \"#00000080\", \"white\" or \"transparent\", got \"" + value + "\"");
  }
}

package io.imageedit.image;

import java.util.Map;

/** The EXIF tags get_image_info reports, by metadata-extractor's tag name. */
final class ExifTags {
  private static final Map<String, String> KEYS = Map.ofEntries(
      Map.entry("Make", "cameraMake"),
      Map.entry("Model", "cameraModel"),
      Map.entry("Lens Model", "lensModel"),
      Map.entry("Date/Time Original", "dateTimeOriginal"),
      Map.entry("Date/Time", "dateTime"),
      Map.entry("Exposure Time", "exposureTime"),
      Map.entry("F-Number", "fNumber"),
      Map.entry("ISO Speed Ratings", "iso"),
      Map.entry("Focal Length", "focalLength"),
      Map.entry("Software", "software"),
      Map.entry("Artist", "artist"),
      Map.entry("Copyright", "copyright"));

  private ExifTags() {
  }

  /** Our key for a tag worth reporting, or null. GPS is reported only as present/absent. */
  static String keyFor(String directory, String tag) {
    if (directory.startsWith("GPS") && tag.equals("GPS Latitude")) {
      return "gpsPresent";
    }
    if (!directory.startsWith("Exif")) {
      return null;
    }
    return KEYS.get(tag);
  }
}

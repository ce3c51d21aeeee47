package io.imageedit.image;

import java.util.Map;

/**
 * Facts about an image read by a worker.
 *
 * @param format       sniffed format
 * @param width        width as displayed (after the EXIF orientation is applied)
 * @param height       height as displayed
 * @param storedWidth  width as stored in the file
 * @param storedHeight height as stored in the file
 * @param orientation  EXIF orientation 1..8 (1 when absent)
 * @param tags         selected EXIF tags (camera make/model, dates, exposure...), possibly empty
 * @param frames       number of frames (more than 1 for animations)
 * @param hasAlpha     whether the decoded image has an alpha channel
 */
public record ImageInfo(
    ImageFormat format,
    int width,
    int height,
    int storedWidth,
    int storedHeight,
    int orientation,
    Map<String, String> tags,
    int frames,
    boolean hasAlpha) {
}

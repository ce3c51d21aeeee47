package io.imageedit.image;

/** What an image worker can be asked to do. */
public enum ImageOperation {
  /** Read format, size, EXIF and frame count; no output image. */
  PROBE,
  /** Decode (applying EXIF orientation) and encode again, optionally in another format. */
  REENCODE,
  /** Shrink so that the longer side is at most {@code maxSide}. */
  DOWNSCALE,
  ROTATE,
  FLIP,
  CROP,
  RESIZE
}

package io.imageedit.web;

import java.nio.file.Path;

/**
 * One file part of an upload, on disk in a temporary file.
 *
 * @param index    position in the request, from 1 (for error messages)
 * @param fileName the client's file name (display only; never used as a path)
 * @param path     the temporary file
 * @param size     bytes received
 * @param markup   a markup/document signature found in the bytes, or null
 */
record ReceivedFile(int index, String fileName, Path path, long size, String markup) {

  /** "cat.jpg" or "file 2" for messages. */
  String label() {
    return fileName == null || fileName.isBlank() ? "file " + index : "\"" + fileName + "\"";
  }
}

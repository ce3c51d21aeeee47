package io.imageedit.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Expands "~", creates the directory and proves it writable, so a bad CACHE_DIR stops start-up. */
final class CacheDirectory {
  private CacheDirectory() {
  }

  static Path resolve(String configured) {
    if (configured.isEmpty()) {
      throw new ConfigException("CACHE_DIR must name a writable directory");
    }
    String expanded = configured.equals("~") || configured.startsWith("~/")
        ? System.getProperty("user.home") + configured.substring(1)
        : configured;
    Path dir = Path.of(expanded).toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
      Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new ConfigException("CACHE_DIR must name a writable directory; cannot write to "
          + dir + " (" + e.getClass().getSimpleName() + ")");
    }
    return dir;
  }
}

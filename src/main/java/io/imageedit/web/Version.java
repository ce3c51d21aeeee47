package io.imageedit.web;

/** The build's version from the jar manifest; "dev" when run from classes (tests, IDE). */
final class Version {
  private Version() {
  }

  static String current() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}

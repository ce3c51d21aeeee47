package io.imageedit.modelscope;

/**
 * Event-bus addresses of one ModelScope verticle. A per-application prefix keeps two
 * applications on one Vert.x instance (tests) apart.
 */
public record ModelScopeAddresses(String vision, String imageTask, String cancel, String progressPrefix) {

  public static ModelScopeAddresses withPrefix(String prefix) {
    return new ModelScopeAddresses(prefix + ".vision", prefix + ".image-task",
        prefix + ".cancel", prefix + ".progress.");
  }
}

package io.imageedit.image;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("Resize plans keep the aspect ratio unless the mode is exact")
class ResizePlanTest {

  @Test
  @DisplayName("fit, cover, exact, scale and one-sided sizes compute the expected dimensions")
  void modes() {
    assertEquals(new ResizePlan(1024, 768, 1024, 768),
        ResizePlan.of(4000, 3000, 1024, null, "fit", null));
    assertEquals(new ResizePlan(400, 300, 400, 300),
        ResizePlan.of(4000, 3000, 500, 300, "fit", null));
    assertEquals(new ResizePlan(500, 375, 500, 300),
        ResizePlan.of(4000, 3000, 500, 300, "cover", null));
    assertEquals(new ResizePlan(500, 300, 500, 300),
        ResizePlan.of(4000, 3000, 500, 300, "exact", null));
    assertEquals(new ResizePlan(2000, 1500, 2000, 1500),
        ResizePlan.of(4000, 3000, null, null, "scale", 0.5));
    assertEquals(new ResizePlan(400, 300, 400, 300),
        ResizePlan.of(4000, 3000, null, 300, "exact", null));
  }

  @Test
  @DisplayName("missing sizes, bad factors and unknown modes are refused")
  void invalid() {
    assertThrows(ImageJobException.class, () -> ResizePlan.of(10, 10, null, null, "fit", null));
    assertThrows(ImageJobException.class, () -> ResizePlan.of(10, 10, null, null, "scale", -1.0));
    assertThrows(ImageJobException.class, () -> ResizePlan.of(10, 10, 5, 5, "stretch", null));
  }
}

package io.imageedit.image;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Crop corners map to pixels as the original did: floor(v / 1000 * size)")
class CropBoxTest {

  @Test
  @DisplayName("the 0..999 grid maps with floor, reversed corners are swapped, pixels and percent work")
  void mapping() {
    assertEquals(new CropBox(0, 0, 199, 99),
        CropBox.of(0, 0, 999, 999, CropBox.Unit.NORMALIZED, 200, 100));
    assertEquals(new CropBox(50, 25, 100, 50),
        CropBox.of(750, 750, 250, 250, CropBox.Unit.NORMALIZED, 200, 100));
    assertEquals(new CropBox(10, 20, 30, 40),
        CropBox.of(10, 20, 40, 60, CropBox.Unit.PIXEL, 200, 100));
    assertEquals(new CropBox(100, 50, 100, 50),
        CropBox.of(50, 50, 100, 100, CropBox.Unit.PERCENT, 200, 100));
    assertEquals(new CropBox(190, 0, 10, 100),
        CropBox.of(190, 0, 5000, 5000, CropBox.Unit.PIXEL, 200, 100));
  }

  @Test
  @DisplayName("an empty area is refused with the sizes involved")
  void empty() {
    ImageJobException e = assertThrows(ImageJobException.class,
        () -> CropBox.of(500, 100, 502, 900, CropBox.Unit.NORMALIZED, 100, 100));
    assertEquals(ImageJobException.BAD_PARAMS, e.code());
    assertTrue(e.getMessage().contains("crop area is empty"), e.getMessage());
    assertThrows(ImageJobException.class,
        () -> CropBox.of(300, 300, 300, 600, CropBox.Unit.PIXEL, 200, 100));
  }
}

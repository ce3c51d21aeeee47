package io.imageedit.tools.ai;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The box parser understands every answer shape a vision model gives")
class BoxParserTest {
  private static final BoundingBox CAT = new BoundingBox(100, 200, 300, 400, "cat");
  private static final BoundingBox UNLABELLED = new BoundingBox(100, 200, 300, 400, null);

  @Test
  @DisplayName("a ```json fence around a bbox_2d list, with prose before and after")
  void fencedBbox2d() {
    String answer = "Here are the boxes:\n```json\n[\n  {\"bbox_2d\": [100, 200, 300, 400], \"label\": \"cat\"},\n"
        + "  {\"bbox_2d\": [500, 510, 700, 720], \"label\": \"dog\"}\n]\n```\nLet me know if you need more.";
    assertEquals(List.of(CAT, new BoundingBox(500, 510, 700, 720, "dog")), BoxParser.parse(answer));
  }

  @Test
  @DisplayName("an unfenced bbox_2d list followed by trailing prose containing brackets")
  void trailingProse() {
    String answer = "[{\"bbox_2d\": [100,200,300,400], \"label\": \"cat\"}] (coordinates are [0, 999])";
    assertEquals(List.of(CAT), BoxParser.parse(answer));
  }

  @Test
  @DisplayName("a bare list of 4-number lists and a single bare list")
  void bareLists() {
    assertEquals(List.of(UNLABELLED, new BoundingBox(1, 2, 30, 40, null)),
        BoxParser.parse("[[100, 200, 300, 400], [1, 2, 30, 40]]"));
    assertEquals(List.of(UNLABELLED), BoxParser.parse("[100, 200, 300, 400]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bbox", "box", "bboxes", "boxes"})
  @DisplayName("an object holding its box under bbox, box, bboxes or boxes")
  void objectKeys(String key) {
    assertEquals(List.of(CAT), BoxParser.parse("{\"label\": \"cat\", \"" + key + "\": [100,200,300,400]}"));
    assertEquals(List.of(CAT, new BoundingBox(5, 6, 70, 80, "cat")),
        BoxParser.parse("{\"label\": \"cat\", \"" + key + "\": [[100,200,300,400],[5,6,70,80]]}"));
  }

  @Test
  @DisplayName("{x1,y1,x2,y2} objects, alone and in a list, with reversed corners swapped")
  void cornerObjects() {
    assertEquals(List.of(UNLABELLED), BoxParser.parse("{\"x1\": 300, \"y1\": 400, \"x2\": 100, \"y2\": 200}"));
    assertEquals(List.of(CAT), BoxParser.parse(
        "```\n[{\"x1\": 100, \"y1\": 200, \"x2\": 300, \"y2\": 400, \"label\": \"cat\"}]\n```"));
  }

  @Test
  @DisplayName("single quotes and trailing commas as models sometimes write them")
  void lenientJson() {
    assertEquals(List.of(CAT), BoxParser.parse("[{'bbox_2d': [100, 200, 300, 400], 'label': 'cat',},]"));
  }

  @Test
  @DisplayName("Qwen2-style (x1,y1),(x2,y2) points and loose numbers in prose")
  void prose() {
    assertEquals(List.of(UNLABELLED), BoxParser.parse("<|box_start|>(100,200),(300,400)<|box_end|>"));
    assertEquals(List.of(UNLABELLED), BoxParser.parse("The cat is at [100, 200, 300, 400] roughly."));
  }

  @Test
  @DisplayName("values are clamped to 0..999, fractions are scaled, empty areas are dropped")
  void normalisation() {
    assertEquals(List.of(new BoundingBox(0, 0, 999, 999, null)), BoxParser.parse("[-5, -1, 1200, 1000]"));
    assertEquals(List.of(new BoundingBox(100, 200, 300, 400, null)), BoxParser.parse("[0.1, 0.2, 0.3, 0.4]"));
    assertTrue(BoxParser.parse("[100, 200, 100, 400]").isEmpty());
  }

  @Test
  @DisplayName("an answer without boxes gives an empty list, not an error")
  void none() {
    assertTrue(BoxParser.parse("I could not find any cat in this image.").isEmpty());
    assertTrue(BoxParser.parse("```json\n[]\n```").isEmpty());
    assertTrue(BoxParser.parse("").isEmpty());
  }

  @Test
  @DisplayName("pixels follow crop_image's mapping floor(v / 1000 × size)")
  void pixels() {
    assertEquals(64, BoundingBox.toPixel(100, 640));
    assertEquals(639, BoundingBox.toPixel(999, 640));
    var json = CAT.toJson("https://x/y.png", 640, 480, "fallback");
    assertEquals(64, json.getJsonObject("pixels").getInteger("x1"));
    assertEquals(96, json.getJsonObject("pixels").getInteger("y1"));
    assertEquals("https://x/y.png", json.getJsonObject("crop_image").getString("image_url"));
    assertEquals(300, json.getJsonObject("crop_image").getInteger("x2"));
  }
}

package io.imageedit.tools.ai;

import io.imageedit.mcp.ToolException;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("generate_image checks every documented range before calling the provider")
class GenerateImageValidationTest {
  private static final String MODEL = "Tongyi-MAI/Z-Image-Turbo";

  private static String error(JsonObject args) {
    return assertThrows(ToolException.class, () -> GenerateImageTool.body(args, MODEL)).getMessage();
  }

  @Test
  @DisplayName("sizes follow the original mapping: longer side 1024 for 1k, 2048 for 2k and 4k")
  void sizes() {
    assertEquals("1024x1024", GenerationSize.of("1:1", "1k"));
    assertEquals("1024x576", GenerationSize.of("16:9", "1k"));
    assertEquals("576x1024", GenerationSize.of("9:16", "1k"));
    assertEquals("2048x1536", GenerationSize.of("4:3", "2k"));
    assertEquals("1365x2048", GenerationSize.of("2:3", "4k"));
    assertEquals("1024x1024", GenerateImageTool.body(new JsonObject().put("prompt", "x"), MODEL)
        .getString("size"));
  }

  @Test
  @DisplayName("bad prompt, ratio, resolution, steps and seed each get a message naming the parameter")
  void rejects() {
    assertTrue(error(new JsonObject()).contains("\"prompt\" is required"));
    assertTrue(error(new JsonObject().put("prompt", "x".repeat(2000))).contains("fewer than 2000"));
    assertTrue(error(new JsonObject().put("prompt", "x").put("negative_prompt", "y".repeat(2500)))
        .contains("negative_prompt"));
    assertTrue(error(new JsonObject().put("prompt", "x").put("aspect_ratio", "5:4")).contains("aspect_ratio"));
    assertTrue(error(new JsonObject().put("prompt", "x").put("resolution", "8k")).contains("resolution"));
    assertTrue(error(new JsonObject().put("prompt", "x").put("steps", 0)).contains("\"steps\" must be from 1 to 100"));
    assertTrue(error(new JsonObject().put("prompt", "x").put("steps", 2.5)).contains("whole number"));
    assertTrue(error(new JsonObject().put("prompt", "x").put("seed", -1)).contains("seed"));
    assertTrue(error(new JsonObject().put("prompt", "x").put("seed", 1L << 31)).contains("2147483647"));
  }

  @Test
  @DisplayName("a model with a smaller range refuses a 2k size before calling")
  void modelRange() {
    String message = assertThrows(ToolException.class, () -> GenerateImageTool.body(
        new JsonObject().put("prompt", "x").put("resolution", "2k"), "black-forest-labs/FLUX.1-dev"))
        .getMessage();
    assertTrue(message.contains("64x64 to 1024x1024"), message);
  }
}

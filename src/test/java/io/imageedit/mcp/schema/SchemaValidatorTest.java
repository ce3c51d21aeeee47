package io.imageedit.mcp.schema;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The schema validator names the argument, what it must be and what it got")
class SchemaValidatorTest {
  private static final JsonObject SCHEMA = new JsonObject()
      .put("type", "object")
      .put("additionalProperties", false)
      .put("required", new JsonArray().add("x1").add("format"))
      .put("properties", new JsonObject()
          .put("x1", new JsonObject().put("type", "integer").put("minimum", 0).put("maximum", 999))
          .put("scale", new JsonObject().put("type", "number").put("exclusiveMinimum", 0))
          .put("format", new JsonObject().put("type", "string").put("enum", new JsonArray().add("png").add("jpeg")))
          .put("url", new JsonObject().put("type", "string").put("minLength", 1))
          .put("points", new JsonObject().put("type", "array").put("minItems", 2).put("maxItems", 3)
              .put("items", new JsonObject().put("type", "integer"))));

  private static String error(JsonObject args) {
    Optional<String> result = SchemaValidator.validate(SCHEMA, args);
    assertTrue(result.isPresent(), "expected a violation for " + args.encode());
    return result.get();
  }

  private static JsonObject valid() {
    return new JsonObject().put("x1", 5).put("format", "png");
  }

  @Test
  @DisplayName("valid arguments pass, integral numbers count as integers")
  void validArguments() {
    assertTrue(SchemaValidator.validate(SCHEMA, valid()).isEmpty());
    assertTrue(SchemaValidator.validate(SCHEMA, valid().put("x1", 5.0).put("scale", 0.5)
        .put("points", new JsonArray().add(1).add(2))).isEmpty());
  }

  @Test
  @DisplayName("type and range violations read as one sentence")
  void typeAndRange() {
    assertEquals("argument 'x1' must be an integer from 0 to 999, got \"abc\"",
        error(valid().put("x1", "abc")));
    assertEquals("argument 'x1' must be an integer from 0 to 999, got 1.5", error(valid().put("x1", 1.5)));
    assertEquals("argument 'x1' must be an integer from 0 to 999, got 1000", error(valid().put("x1", 1000)));
    assertEquals("argument 'scale' must be a number > 0, got 0", error(valid().put("scale", 0)));
  }

  @Test
  @DisplayName("required, enum, minLength, item count, item type and unknown arguments are checked")
  void otherKeywords() {
    assertEquals("missing required argument 'format'", error(new JsonObject().put("x1", 1)));
    assertEquals("argument 'format' must be one of \"png\", \"jpeg\", got \"gif\"",
        error(valid().put("format", "gif")));
    assertEquals("argument 'url' must not be empty", error(valid().put("url", "")));
    assertEquals("argument 'points' must have at least 2 items, got 1",
        error(valid().put("points", new JsonArray().add(1))));
    assertEquals("argument 'points' must have at most 3 items, got 4",
        error(valid().put("points", new JsonArray().add(1).add(2).add(3).add(4))));
    assertEquals("argument 'points[1]' must be an integer, got \"b\"",
        error(valid().put("points", new JsonArray().add(1).add("b"))));
    assertTrue(error(valid().put("colour", "red")).startsWith("unknown argument 'colour'"));
  }

  @Test
  @DisplayName("a long string value is summarised, not echoed")
  void longValuesSummarised() {
    String message = error(valid().put("x1", "x".repeat(5000)));
    assertTrue(message.endsWith("got a string of 5000 characters"), message);
  }
}

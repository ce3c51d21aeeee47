package io.imageedit.config;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@DisplayName("A .env file is read the way docker compose reads it")
class DotenvParserTest {
  @Test
  @DisplayName("comments, export, quotes and inline comments")
  void parsesCommonForms() {
    JsonObject env = DotenvParser.parse("""
        # comment
        MCP_PORT=3100
        export SECRET_KEY="abc123"
        CACHE_URL='https://x.example' 
        CACHE_DIR=/data # inline comment
        BROKEN LINE
        EMPTY=
        """);
    assertEquals("3100", env.getString("MCP_PORT"));
    assertEquals("abc123", env.getString("SECRET_KEY"));
    assertEquals("https://x.example", env.getString("CACHE_URL"));
    assertEquals("/data", env.getString("CACHE_DIR"));
    assertEquals("", env.getString("EMPTY"));
    assertFalse(env.containsKey("BROKEN LINE"));
  }
}

package io.imageedit.config;

import io.imageedit.testing.TestApp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A bad setting stops start-up with a message naming the variable")
class ConfigValidationTest {

  private static ConfigException failure(Map<String, String> overrides) {
    return assertThrows(ConfigException.class,
        () -> AppConfig.from(TestApp.rawConfig(overrides)));
  }

  @Test
  @DisplayName("a non-numeric port names MCP_PORT and the accepted range")
  void nonNumericPort() {
    ConfigException e = failure(Map.of("MCP_PORT", "abc"));
    assertTrue(e.getMessage().startsWith("MCP_PORT must be an integer from 0 to 65535"),
        e.getMessage());
  }

  @Test
  @DisplayName("a negative limit names the variable")
  void negativeLimit() {
    assertTrue(failure(Map.of("MCP_MAX_SESSIONS", "-5")).getMessage().startsWith("MCP_MAX_SESSIONS"));
    assertTrue(failure(Map.of("FETCH_MAX_BYTES", "-1")).getMessage().startsWith("FETCH_MAX_BYTES"));
  }

  @Test
  @DisplayName("an unwritable CACHE_DIR names CACHE_DIR")
  void unwritableCacheDir() throws Exception {
    Path file = Files.createTempFile("not-a-dir", ".txt");
    assertTrue(failure(Map.of("CACHE_DIR", file.toString())).getMessage().startsWith("CACHE_DIR"));
  }

  @Test
  @DisplayName("a malformed boolean names the variable")
  void badBoolean() {
    assertTrue(failure(Map.of("ALLOW_PRIVATE_URLS", "maybe")).getMessage()
        .startsWith("ALLOW_PRIVATE_URLS must be true or false"));
  }

  @Test
  @DisplayName("CACHE_URL defaults to localhost on MCP_PORT and loses a trailing slash")
  void cacheUrlDefault() {
    AppConfig c = AppConfig.from(TestApp.rawConfig(Map.of("MCP_PORT", "4100")));
    assertEquals("http://localhost:4100", c.server().cacheUrl());
    AppConfig d = AppConfig.from(TestApp.rawConfig(Map.of("CACHE_URL", "https://img.example.com/")));
    assertEquals("https://img.example.com", d.server().cacheUrl());
  }

  @Test
  @DisplayName("a numeric-looking secret stays a string")
  void numericSecret() {
    assertEquals("0123", AppConfig.from(TestApp.rawConfig(Map.of("SECRET_KEY", "0123")))
        .server().secretKey());
  }
}

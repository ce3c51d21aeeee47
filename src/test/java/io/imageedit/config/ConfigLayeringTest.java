package io.imageedit.config;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(VertxExtension.class)
@DisplayName("Configuration layers: .env overrides conf/config.json, keys it lacks keep their defaults")
class ConfigLayeringTest {

  @Test
  @DisplayName("MCP_PORT and MCP_MAX_SESSIONS from .env win; MCP_SESSION_IDLE_MINUTES stays 30")
  void dotenvOverridesDefaults(Vertx vertx, VertxTestContext test) throws Exception {
    Path dir = Files.createTempDirectory("config-layering");
    Path dotenv = dir.resolve(".env");
    Files.writeString(dotenv, "MCP_PORT=4321\nMCP_MAX_SESSIONS=7\nCACHE_DIR=" + dir.resolve("cache") + "\n");
    ConfigLoader.load(vertx, dotenv.toString()).onComplete(test.succeeding(config -> test.verify(() -> {
      assertEquals(4321, config.server().port());
      assertEquals(7, config.server().maxSessions());
      assertEquals(30, config.server().sessionIdleMinutes());
      assertEquals("http://localhost:4321", config.server().cacheUrl());
      test.completeNow();
    })));
  }

  @Test
  @DisplayName("a missing .env is not an error: conf/config.json defaults apply")
  void missingDotenv(Vertx vertx, VertxTestContext test) throws Exception {
    Path absent = Files.createTempDirectory("config-layering").resolve("no.env");
    ConfigLoader.load(vertx, absent.toString()).onComplete(test.succeeding(config -> test.verify(() -> {
      assertEquals(10000, config.server().maxSessions());
      assertEquals(15, config.server().sseKeepAliveSeconds());
      test.completeNow();
    })));
  }
}

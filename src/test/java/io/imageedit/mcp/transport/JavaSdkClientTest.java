package io.imageedit.mcp.transport;

import io.imageedit.testing.FixtureTools;
import io.imageedit.testing.TestApp;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("The official MCP Java SDK client works against the server over Streamable HTTP")
class JavaSdkClientTest {

  @Test
  @DisplayName("initialize, list tools, call echo, close (which DELETEs the session)")
  void sdkClient(Vertx vertx) throws Exception {
    // The SDK's sync client blocks, so this test runs on the JUnit thread, not an event loop.
    TestApp app = TestApp.start(vertx, Map.of("SECRET_KEY", "sdk-secret"), new FixtureTools())
        .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
        .builder(app.baseUrl())
        .endpoint("/sdk-secret/mcp")
        .build();
    McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(20)).build();
    try {
      McpSchema.InitializeResult init = client.initialize();
      assertEquals("image-edit-mcp", init.serverInfo().name());
      assertEquals(1, app.services().sessions().size());
      assertTrue(client.listTools().tools().stream().anyMatch(t -> t.name().equals("echo")));
      McpSchema.CallToolResult result = client.callTool(
          new McpSchema.CallToolRequest("echo", Map.of("text", "from the SDK")));
      assertFalse(Boolean.TRUE.equals(result.isError()));
      assertEquals("from the SDK", ((McpSchema.TextContent) result.content().get(0)).text());
    } finally {
      client.closeGracefully();
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (app.services().sessions().size() > 0 && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10)); // poll with a deadline
    }
    assertEquals(0, app.services().sessions().size(), "closing the client must DELETE its session");
  }
}

package io.imageedit.tools.ai;

import io.modelcontextprotocol.client.McpAsyncClient;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import io.vertx.junit5.VertxExtension;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("A real MCP client sees generate_image's progress notifications before its result")
class AiProgressOverMcpTest {

  @Test
  @DisplayName("the MCP Java SDK client receives increasing progress with messages, then our cache URL")
  void progressReachesClient(Vertx vertx) throws Exception {
    AiToolHarness h = AiToolHarness.start(vertx, Map.of("AI_POLL_INTERVAL_MS", "50"))
        .toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    h.fake.polls(2, 3);
    List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();
    HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
        .builder(h.app.baseUrl()).endpoint(h.app.config().server().securePrefix() + "/mcp").build();
    McpAsyncClient client = McpClient.async(transport).requestTimeout(Duration.ofSeconds(20))
        .progressConsumer(n -> {
          progress.add(n);
          return Mono.empty();
        }).build();
    try {
      client.initialize().block(Duration.ofSeconds(10));
      McpSchema.CallToolResult result = client.callTool(McpSchema.CallToolRequest.builder()
              .name("generate_image").arguments(Map.of("prompt", "一只猫", "aspect_ratio", "3:4"))
              .progressToken("gen-1").build())
          .block(Duration.ofSeconds(20));
      assertFalse(Boolean.TRUE.equals(result.isError()), String.valueOf(result.content()));
      @SuppressWarnings("unchecked")
      Map<String, Object> data = (Map<String, Object>) result.structuredContent();
      assertTrue(String.valueOf(data.get("url")).startsWith(h.app.config().server().cacheUrl()));
      assertTrue(progress.size() >= 5, progress.toString());
      for (int i = 0; i < progress.size(); i++) {
        assertEquals("gen-1", progress.get(i).progressToken());
        assertTrue(progress.get(i).message() != null && !progress.get(i).message().isBlank());
        if (i > 0) {
          assertTrue(progress.get(i).progress() > progress.get(i - 1).progress(), progress.toString());
        }
      }
      assertEquals(100.0, progress.get(progress.size() - 1).progress());
      assertEquals("768x1024", h.fake.received("/v1/images/generations").get(0).json().getString("size"));
    } finally {
      client.closeGracefully().block(Duration.ofSeconds(5));
    }
  }
}

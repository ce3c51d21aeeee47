package io.imageedit.tools;

import io.imageedit.testing.ImageServer;
import io.imageedit.testing.TestApp;
import io.imageedit.testing.TestImages;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("The MCP Java SDK client lists the image tools, rotates an image and downloads the result")
class ImageToolsOverMcpTest {

  private static <T> T await(Future<T> f) throws Exception {
    // Test thread, not a Vert.x thread: blocking here is allowed.
    return f.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  @Test
  @DisplayName("tools/list has schemas and annotations; tools/call returns a fetchable result and readable errors")
  void endToEnd(Vertx vertx) throws Exception {
    ImageServer server = await(ImageServer.start(vertx));
    server.serve("/m.png", "image/png", TestImages.pngWithMark(40, 30, 5, 2));
    TestApp app = await(TestApp.start(vertx,
        Map.of("ALLOW_PRIVATE_URLS", "true", "SECRET_KEY", "k3y")));
    McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport
            .builder(app.baseUrl()).endpoint("/k3y/mcp").build())
        .requestTimeout(Duration.ofSeconds(60)).build();
    try {
      client.initialize();
      List<McpSchema.Tool> tools = client.listTools().tools();
      for (String name : List.of("rotate_image", "crop_image", "flip_image", "resize_image",
          "convert_image", "get_image_info")) {
        McpSchema.Tool t = tools.stream().filter(x -> x.name().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("missing " + name));
        assertNotNull(t.outputSchema(), name);
        assertNotNull(t.annotations(), name);
        assertEquals(Boolean.TRUE, t.annotations().openWorldHint(), name);
      }

      McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("rotate_image",
          Map.of("url", server.url("/m.png"), "direction", "right90")));
      assertTrue(r.isError() == null || !r.isError(), r.toString());
      @SuppressWarnings("unchecked")
      Map<String, Object> data = (Map<String, Object>) r.structuredContent();
      assertEquals(30, ((Number) data.get("width")).intValue());
      assertEquals(3, r.content().size());
      assertInstanceOf(McpSchema.TextContent.class, r.content().get(0));
      assertInstanceOf(McpSchema.ResourceLink.class, r.content().get(1));
      McpSchema.ImageContent preview = (McpSchema.ImageContent) r.content().get(2);
      assertEquals("image/png", preview.mimeType());

      // The URL in the result is served by /cache and holds the rotated image.
      String url = (String) data.get("url");
      HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(url.replace(app.config().server().cacheUrl(), app.baseUrl()))).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, file.statusCode());
      assertEquals("image/png", file.headers().firstValue("Content-Type").orElseThrow());
      BufferedImage img = TestImages.decode(Buffer.buffer(file.body()));
      assertArrayEquals(new int[] {27, 5}, TestImages.findMark(img));
      assertArrayEquals(file.body(), Base64.getDecoder().decode(preview.data()));

      McpSchema.CallToolResult bad = client.callTool(new McpSchema.CallToolRequest("crop_image",
          Map.of("image_url", "file:///etc/passwd", "x1", 0, "y1", 0, "x2", 10, "y2", 10)));
      assertEquals(Boolean.TRUE, bad.isError());
      String text = ((McpSchema.TextContent) bad.content().get(0)).text();
      assertTrue(text.contains("Give an http(s) URL"), text);
    } finally {
      client.closeGracefully();
    }
  }
}

package io.imageedit.tools.ai;

import io.imageedit.AppServices;
import io.imageedit.mcp.McpRegistry;
import io.imageedit.mcp.Tool;
import io.imageedit.mcp.ToolHandler;
import io.vertx.core.Future;

/**
 * The AI tools (fetch_image, ocr_extract, locate_object, generate_image, edit_image,
 * list_ai_images) and the history://ai-images resource. Without MODELSCOPE_API_KEY they are
 * still listed and explain how to set it.
 */
public final class AiTools {
  private static final int VISION_CACHE_ENTRIES = 2000;

  private AiTools() {
  }

  public static void register(McpRegistry registry, AppServices services) {
    AiContext ai = new AiContext(services.config(), services.ai().modelScope(),
        services.imageFetcher(), services.imageClient(), services.contentCache(),
        services.imageResults(), services.ai().history(),
        new VisionAnswerCache(VISION_CACHE_ENTRIES));
    ListAiImagesTool history = new ListAiImagesTool(ai);
    registry.addTool(guarded(new FetchImageTool(ai).tool()))
        .addTool(guarded(new OcrExtractTool(ai).tool()))
        .addTool(guarded(new LocateObjectTool(ai).tool()))
        .addTool(guarded(new GenerateImageTool(ai).tool()))
        .addTool(guarded(new EditImageTool(ai).tool()))
        .addTool(guarded(history.tool()))
        .addResource(history.resource());
  }

  /** Argument checks throw; the transport expects a failed future, so convert here once. */
  private static Tool guarded(Tool tool) {
    ToolHandler handler = tool.handler();
    return new Tool(tool.name(), tool.title(), tool.description(), tool.inputSchema(),
        tool.outputSchema(), tool.annotations(), (args, context) -> {
          try {
            return handler.call(args, context);
          } catch (RuntimeException e) {
            return Future.failedFuture(e);
          }
        });
  }
}

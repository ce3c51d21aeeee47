package io.imageedit.tools.ai;

import io.imageedit.AppServices;
import io.imageedit.mcp.McpRegistry;


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
    registry.addTool(new FetchImageTool(ai).tool())
        .addTool(new OcrExtractTool(ai).tool())
        .addTool(new LocateObjectTool(ai).tool())
        .addTool(new GenerateImageTool(ai).tool())
        .addTool(new EditImageTool(ai).tool())
        .addTool(history.tool())
        .addResource(history.resource());
  }
}

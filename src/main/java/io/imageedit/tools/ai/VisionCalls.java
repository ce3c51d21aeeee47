package io.imageedit.tools.ai;

import io.imageedit.image.SourceImage;
import io.imageedit.mcp.CallContext;
import io.vertx.core.Future;

/** Asks the vision model about a fetched image, answering repeated questions from the cache. */
final class VisionCalls {
  private VisionCalls() {
  }

  static Future<String> ask(AiContext ai, SourceImage source, String instruction,
      CallContext context) {
    String key = VisionAnswerCache.key(source.sha256(), ai.config().ai().visionModel(), instruction);
    return ai.answers().get(key, () -> direct(ai, source, instruction, context))
        // A shared call that another client cancelled must not fail this one: ask again alone.
        .recover(e -> !context.isCancelled() && AiFailures.isCancellation(e)
            ? direct(ai, source, instruction, context) : Future.failedFuture(e));
  }

  private static Future<String> direct(AiContext ai, SourceImage source, String instruction,
      CallContext context) {
    return VisionImages.prepare(ai, source)
        .compose(image -> ai.modelScope().chat(instruction, VisionImages.dataUrl(image), context))
        .recover(AiFailures::asToolError);
  }
}

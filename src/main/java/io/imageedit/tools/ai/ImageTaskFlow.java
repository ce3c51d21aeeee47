package io.imageedit.tools.ai;

import io.imageedit.image.EncodedImage;
import io.imageedit.mcp.CallContext;
import io.imageedit.mcp.ToolException;
import io.imageedit.mcp.ToolResult;
import io.imageedit.modelscope.ImageTaskResult;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

import java.time.Instant;

/**
 * The shared end of generate_image and edit_image: run the provider task with progress,
 * download the output at once (through the same checks as any fetched image) into our
 * cache, record it in the history, and answer with the standard image result carrying our
 * cache URL, never the provider's expiring one.
 */
final class ImageTaskFlow {
  private final AiContext ai;

  ImageTaskFlow(AiContext ai) {
    this.ai = ai;
  }

  /**
   * @param type   "generate" or "edit"
   * @param body   the provider request body
   * @param record what the history keeps besides the result (prompt, params, source)
   */
  Future<ToolResult> run(String type, JsonObject body, JsonObject record, String sourceUrl,
      CallContext context) {
    TaskProgressReporter progress = new TaskProgressReporter(context);
    progress.report(1, "Sending the " + (type.equals("edit") ? "edit" : "generation")
        + " request to ModelScope");
    return ai.modelScope().runImageTask(body, context, progress::provider)
        .recover(AiFailures::asToolError)
        .compose(task -> download(task, progress)
            .compose(image -> ai.cache().store("ai", image.bytes(), image.format())
                .compose(file -> {
                  progress.report(95, "Saved as " + file.url());
                  JsonObject extra = new JsonObject().put("type", type)
                      .put("model", body.getString("model"))
                      .put("prompt", body.getString("prompt"));
                  if (task.taskId() != null) {
                    extra.put("taskId", task.taskId());
                  }
                  if (body.getString("size") != null) {
                    extra.put("size", body.getString("size"));
                  }
                  JsonObject entry = record.copy().put("type", type)
                      .put("model", body.getString("model"))
                      .put("url", file.url()).put("key", file.key())
                      .put("width", image.width()).put("height", image.height())
                      .put("taskId", task.taskId())
                      .put("createdAt", Instant.now().toString());
                  if (sourceUrl != null) {
                    entry.put("sourceUrl", sourceUrl);
                  }
                  ai.history().add(entry);
                  return ai.results().build(file, image, sourceUrl, extra);
                })))
        .onSuccess(r -> progress.report(100, "Done"));
  }

  private Future<EncodedImage> download(ImageTaskResult task, TaskProgressReporter progress) {
    String url = task.imageUrls().get(0);
    progress.report(88, "Downloading the result from ModelScope");
    return ai.fetcher().fetch(url)
        .recover(e -> Future.failedFuture(new ToolException("ModelScope finished"
            + (task.taskId() == null ? "" : " task " + task.taskId())
            + " but its image could not be downloaded: " + AiFailures.message(e))))
        .map(source -> new EncodedImage(source.bytes(), source.format(), source.width(),
            source.height(), source.sha256()));
  }
}

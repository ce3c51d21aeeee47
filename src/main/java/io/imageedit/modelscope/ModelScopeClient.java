package io.imageedit.modelscope;

import io.imageedit.config.AiConfig;
import io.imageedit.mcp.CallContext;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * What tools use to reach ModelScope: sends requests to the {@link ModelScopeVerticle} and
 * turns its replies into results or {@link ModelScopeException}s. Cancelling the MCP call
 * cancels the provider call (polling stops, the concurrency slot is released).
 */
public final class ModelScopeClient {
  /** The message of a call failed because its client cancelled it. */
  public static final String CANCELLED = "cancelled by the client";

  private final Vertx vertx;
  private final AiConfig config;
  private final ModelScopeAddresses addresses;
  private final DeliveryOptions delivery;

  public ModelScopeClient(Vertx vertx, AiConfig config, ModelScopeAddresses addresses) {
    this.vertx = vertx;
    this.config = config;
    this.addresses = addresses;
    // The verticle enforces AI_TIMEOUT_MS itself; the bus timeout is only a safety net.
    this.delivery = new DeliveryOptions().setSendTimeout(config.timeoutMs() + 15_000L);
  }

  public AiConfig config() {
    return config;
  }

  /** The text the vision model answers to {@code instruction} about the image at {@code imageUrl}. */
  public Future<String> chat(String instruction, String imageUrl, CallContext context) {
    if (context.isCancelled()) {
      return Future.failedFuture(new ModelScopeException(CANCELLED));
    }
    String callId = UUID.randomUUID().toString();
    VisionRequest request = new VisionRequest(callId, config.visionModel(), instruction, imageUrl);
    context.onCancel(() -> vertx.eventBus().send(addresses.cancel(), callId));
    return vertx.eventBus().<String>request(addresses.vision(), request, delivery)
        .map(message -> message.body())
        .recover(ModelScopeClient::unwrap);
  }

  /**
   * Runs an image generation/edit task to its end; {@code onProgress} receives the steps on
   * the caller's context.
   */
  public Future<ImageTaskResult> runImageTask(JsonObject body, CallContext context,
      Consumer<TaskProgress> onProgress) {
    if (context.isCancelled()) {
      return Future.failedFuture(new ModelScopeException(CANCELLED));
    }
    String callId = UUID.randomUUID().toString();
    String progressAddress = addresses.progressPrefix() + callId;
    MessageConsumer<TaskProgress> progress = vertx.eventBus()
        .localConsumer(progressAddress, message -> onProgress.accept(message.body()));
    context.onCancel(() -> vertx.eventBus().send(addresses.cancel(), callId));
    ImageTaskRequest request = new ImageTaskRequest(callId, body, progressAddress);
    return vertx.eventBus().<ImageTaskResult>request(addresses.imageTask(), request, delivery)
        .map(message -> message.body())
        .recover(ModelScopeClient::<ImageTaskResult>unwrap)
        .andThen(ar -> progress.unregister());
  }

  private static <T> Future<T> unwrap(Throwable error) {
    if (error instanceof ReplyException reply && reply.failureCode() == ReplyCodes.CANCELLED) {
      return Future.failedFuture(new ModelScopeException(CANCELLED));
    }
    if (error instanceof ReplyException reply && reply.failureCode() == ReplyCodes.PROVIDER) {
      return Future.failedFuture(new ModelScopeException(reply.getMessage()));
    }
    return Future.failedFuture(new ModelScopeException(
        "the ModelScope service inside this server did not answer: " + error.getMessage()));
  }
}

package io.imageedit.modelscope;

import io.imageedit.config.AiConfig;
import io.imageedit.image.LocalCodec;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Owns the one WebClient that talks to ModelScope. Serves vision chats and image tasks
 * over the event bus, with a concurrency limit, retries, deadlines and cancellation.
 * Deploy exactly one instance: the limiter and the call table live on its event loop.
 */
public final class ModelScopeVerticle extends VerticleBase {
  private static final System.Logger LOG = System.getLogger(ModelScopeVerticle.class.getName());

  private final AiConfig config;
  private final ModelScopeAddresses addresses;
  private final Map<String, ProviderCall<?>> calls = new HashMap<>();
  private WebClient client;
  private ProviderHttp http;
  private ConcurrencyLimiter limiter;

  public ModelScopeVerticle(AiConfig config, ModelScopeAddresses addresses) {
    this.config = config;
    this.addresses = addresses;
  }

  /** Registers the local codecs of the messages this verticle exchanges. */
  public static void registerCodecs(EventBus bus) {
    LocalCodec.register(bus, VisionRequest.class);
    LocalCodec.register(bus, ImageTaskRequest.class);
    LocalCodec.register(bus, ImageTaskResult.class);
    LocalCodec.register(bus, TaskProgress.class);
  }

  @Override
  public Future<?> start() {
    registerCodecs(vertx.eventBus());
    client = WebClient.create(vertx, new WebClientOptions()
        .setUserAgent("image-edit-mcp")
        .setKeepAlive(true)
        .setConnectTimeout(10_000)
        .setFollowRedirects(true),
        new PoolOptions().setHttp1MaxSize(Math.min(config.maxConcurrency(), 512)));
    http = new ProviderHttp(client, config.baseUrl(), config.apiKey(),
        RetryPolicy.forPollInterval(config.maxRetries(), config.pollIntervalMs()));
    limiter = new ConcurrencyLimiter(config.maxConcurrency(),
        Math.max(256, config.maxConcurrency() * 4));
    EventBus bus = vertx.eventBus();
    return Future.all(
        bus.<VisionRequest>localConsumer(addresses.vision(), this::onVision).completion(),
        bus.<ImageTaskRequest>localConsumer(addresses.imageTask(), this::onImageTask).completion(),
        bus.<String>localConsumer(addresses.cancel(), this::onCancel).completion());
  }

  @Override
  public Future<?> stop() {
    new HashMap<>(calls).values().forEach(ProviderCall::cancel);
    client.close();
    return Future.succeededFuture();
  }

  private void onVision(Message<VisionRequest> message) {
    VisionRequest request = message.body();
    VisionChat chat = new VisionChat(http);
    this.<String>serve(message, request.callId(),
        call -> chat.run(request, call),
        "ModelScope did not answer the vision request within "
            + config.timeoutMs() / 1000 + " s (AI_TIMEOUT_MS) — try again later");
  }

  private void onImageTask(Message<ImageTaskRequest> message) {
    ImageTaskRequest request = message.body();
    this.<ImageTaskResult>serve(message, request.callId(),
        call -> new ImageTaskRun(http, vertx.eventBus(), config.pollIntervalMs(), request, call)
            .run(),
        "ModelScope did not accept the image request within "
            + config.timeoutMs() / 1000 + " s (AI_TIMEOUT_MS) — try again later");
  }

  private void onCancel(Message<String> message) {
    ProviderCall<?> call = calls.get(message.body());
    if (call != null) {
      call.cancel();
    }
  }

  private <T> void serve(Message<?> message, String callId,
      Function<ProviderCall<T>, Future<T>> work, String timeoutMessage) {
    ProviderCall<T> call = new ProviderCall<>(vertx, callId, config.timeoutMs(),
        () -> timeoutMessage);
    calls.put(callId, call);
    call.hold(limiter.acquire())
        .compose(v -> work.apply(call))
        .onComplete(ar -> {
          if (ar.succeeded()) {
            call.succeed(ar.result());
          } else {
            call.fail(ar.cause());
          }
        });
    call.outcome().onComplete(ar -> {
      calls.remove(callId);
      if (ar.succeeded()) {
        message.reply(ar.result());
      } else if (ar.cause() instanceof ProviderCall.CancelledCall) {
        message.fail(ReplyCodes.CANCELLED, ar.cause().getMessage());
      } else {
        Throwable cause = ar.cause();
        if (!(cause instanceof ModelScopeException)) {
          LOG.log(System.Logger.Level.WARNING, "unexpected failure in ModelScope call", cause);
        }
        message.fail(ReplyCodes.PROVIDER, cause instanceof ModelScopeException
            ? cause.getMessage()
            : "ModelScope call failed unexpectedly: " + cause.getClass().getSimpleName());
      }
    });
  }
}

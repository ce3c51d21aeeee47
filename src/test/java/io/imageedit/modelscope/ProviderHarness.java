package io.imageedit.modelscope;

import io.imageedit.config.AiConfig;
import io.imageedit.config.AppConfig;
import io.imageedit.testing.TestApp;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A fake provider plus a ModelScope verticle pointed at it, and the client to call it. */
final class ProviderHarness {
  final FakeModelScope fake;
  final ModelScopeClient client;
  final AiConfig config;

  private ProviderHarness(FakeModelScope fake, ModelScopeClient client, AiConfig config) {
    this.fake = fake;
    this.client = client;
    this.config = config;
  }

  /** Fast settings (20 ms polls, 3 s deadline) unless overridden. */
  static Future<ProviderHarness> start(Vertx vertx, Map<String, String> overrides) {
    FakeModelScope fake = new FakeModelScope(vertx);
    return fake.start().compose(f -> {
      Map<String, String> settings = new HashMap<>();
      settings.put("MODELSCOPE_API_KEY", FakeModelScope.KEY);
      settings.put("MODELSCOPE_BASE_URL", fake.baseUrl());
      settings.put("AI_POLL_INTERVAL_MS", "20");
      settings.put("AI_TIMEOUT_MS", "3000");
      settings.putAll(overrides);
      AiConfig config = AppConfig.from(TestApp.rawConfig(settings)).ai();
      ModelScopeAddresses addresses = ModelScopeAddresses.withPrefix("ms." + UUID.randomUUID());
      return vertx.deployVerticle(new ModelScopeVerticle(config, addresses))
          .map(id -> new ProviderHarness(fake, new ModelScopeClient(vertx, config, addresses),
              config));
    });
  }
}

package io.imageedit.tools.ai;

import io.imageedit.mcp.CallContext;
import io.imageedit.mcp.ToolResult;
import io.imageedit.modelscope.FakeModelScope;
import io.imageedit.testing.TestApp;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import java.util.HashMap;
import java.util.Map;

/** The whole application pointed at a fake ModelScope on loopback; calls tool handlers directly. */
final class AiToolHarness {
  final FakeModelScope fake;
  final TestApp app;

  private AiToolHarness(FakeModelScope fake, TestApp app) {
    this.fake = fake;
    this.app = app;
  }

  /** Key set, private URLs allowed (the fake is on loopback), 20 ms polls, 5 s deadline. */
  static Future<AiToolHarness> start(Vertx vertx, Map<String, String> overrides) {
    FakeModelScope fake = new FakeModelScope(vertx);
    return fake.start().compose(f -> {
      Map<String, String> settings = new HashMap<>();
      settings.put("MODELSCOPE_API_KEY", FakeModelScope.KEY);
      settings.put("MODELSCOPE_BASE_URL", fake.baseUrl());
      settings.put("ALLOW_PRIVATE_URLS", "true");
      settings.put("AI_POLL_INTERVAL_MS", "20");
      settings.put("AI_TIMEOUT_MS", "5000");
      settings.putAll(overrides);
      return TestApp.start(vertx, settings).map(app -> new AiToolHarness(fake, app));
    });
  }

  /** A URL on the fake that serves its 64x48 PNG. */
  String imageUrl(String name) {
    return fake.baseUrl() + "/outputs/" + name + ".png";
  }

  Future<ToolResult> call(String tool, JsonObject args, CallContext context) {
    return app.services().registry().tool(tool)
        .map(t -> t.handler().call(args, context))
        .orElseGet(() -> Future.failedFuture("no tool " + tool));
  }

  Future<ToolResult> call(String tool, JsonObject args) {
    return call(tool, args, CallContext.detached());
  }
}

package io.imageedit.mcp;

import io.vertx.core.json.JsonObject;

/** Name, version, capabilities and instructions this server announces. */
public final class ServerIdentity {
  public static final String NAME = "image-edit-mcp";
  public static final String INSTRUCTIONS = "image-edit-mcp edits, converts and inspects images"
      + " (crop, resize, rotate, format conversion, metadata) and generates, edits or describes"
      + " images with AI models. Tools take image URLs or base64 data and return links to the"
      + " results; show result images to the user as Markdown ![description](url).";

  private ServerIdentity() {
  }

  public static String version() {
    String v = ServerIdentity.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0" : v;
  }

  public static JsonObject serverInfo() {
    return new JsonObject().put("name", NAME).put("title", "Image Edit MCP").put("version", version());
  }

  public static JsonObject capabilities() {
    return new JsonObject()
        .put("tools", new JsonObject().put("listChanged", true))
        .put("resources", new JsonObject().put("subscribe", true).put("listChanged", true))
        .put("prompts", new JsonObject().put("listChanged", true))
        .put("logging", new JsonObject())
        .put("completions", new JsonObject());
  }

  /**
   * 2026-07-28: no resources/subscribe (replaced by subscriptions/listen, not offered here) and no
   * list-change streams, so neither is announced.
   */
  public static JsonObject modernCapabilities() {
    return new JsonObject()
        .put("tools", new JsonObject())
        .put("resources", new JsonObject())
        .put("prompts", new JsonObject())
        .put("logging", new JsonObject())
        .put("completions", new JsonObject());
  }
}

package io.imageedit.modelscope;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The OpenAI-compatible vision chat: builds the request and reads the answer text. */
final class VisionChat {
  private final ProviderHttp http;

  VisionChat(ProviderHttp http) {
    this.http = http;
  }

  Future<String> run(VisionRequest request, ProviderCall<String> call) {
    return http.send(new ProviderHttp.Call(HttpMethod.POST, "/v1/chat/completions", null,
            body(request), "the vision request"), call)
        .map(VisionChat::answerText);
  }

  static JsonObject body(VisionRequest request) {
    JsonArray content = new JsonArray()
        .add(new JsonObject().put("type", "text").put("text", request.instruction()))
        .add(new JsonObject().put("type", "image_url")
            .put("image_url", new JsonObject().put("url", request.imageUrl())));
    return new JsonObject()
        .put("model", request.model())
        .put("messages", new JsonArray().add(
            new JsonObject().put("role", "user").put("content", content)))
        .put("stream", false);
  }

  static String answerText(JsonObject json) {
    if (json.getValue("error") instanceof JsonObject error) {
      throw new ModelScopeException("ModelScope reported an error for the vision request: "
          + ProviderHttp.excerpt(error.getString("message", error.encode())));
    }
    try {
      JsonObject message = json.getJsonArray("choices").getJsonObject(0).getJsonObject("message");
      Object content = message.getValue("content");
      if (content instanceof String text) {
        return text;
      }
      if (content instanceof JsonArray parts) {
        // Some OpenAI-compatible servers answer with content parts.
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
          if (part instanceof JsonObject p && p.getString("text") != null) {
            text.append(p.getString("text"));
          }
        }
        return text.toString();
      }
    } catch (RuntimeException malformed) {
      // reported below
    }
    throw new ModelScopeException("ModelScope answered the vision request without"
        + " choices[0].message.content: \"" + ProviderHttp.excerpt(json.encode()) + "\"");
  }
}

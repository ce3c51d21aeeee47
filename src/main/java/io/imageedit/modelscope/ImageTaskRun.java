package io.imageedit.modelscope;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Submits one image task and polls it with timers until it ends. A pending task costs a
 * timer and this object, not a thread.
 */
final class ImageTaskRun {
  private static final MultiMap ASYNC = MultiMap.caseInsensitiveMultiMap()
      .add("X-ModelScope-Async-Mode", "true");
  private static final MultiMap POLL = MultiMap.caseInsensitiveMultiMap()
      .add("X-ModelScope-Task-Type", "image_generation");

  private final ProviderHttp http;
  private final EventBus bus;
  private final long pollIntervalMs;
  private final ImageTaskRequest request;
  private final ProviderCall<ImageTaskResult> call;
  private String taskId;
  private String lastStatus = "not submitted";
  private int polls;

  ImageTaskRun(ProviderHttp http, EventBus bus, long pollIntervalMs, ImageTaskRequest request,
      ProviderCall<ImageTaskResult> call) {
    this.http = http;
    this.bus = bus;
    this.pollIntervalMs = pollIntervalMs;
    this.request = request;
    this.call = call;
  }

  Future<ImageTaskResult> run() {
    return http.send(new ProviderHttp.Call(HttpMethod.POST, "/v1/images/generations", ASYNC,
            request.body(), "the image request"), call)
        .compose(this::afterSubmit);
  }

  private Future<ImageTaskResult> afterSubmit(JsonObject json) {
    List<String> direct = syncImages(json);
    if (!direct.isEmpty()) {
      return Future.succeededFuture(new ImageTaskResult(null, direct));
    }
    Object id = json.getValue("task_id");
    if (id == null || String.valueOf(id).isBlank()) {
      throw new ModelScopeException(errorOr(json, "ModelScope accepted the image request but"
          + " returned no task_id: \"" + ProviderHttp.excerpt(json.encode()) + "\""));
    }
    taskId = String.valueOf(id);
    lastStatus = "SUBMITTED";
    call.timeoutMessage(() -> "ModelScope task " + taskId + " did not finish within "
        + seconds(call) + " (AI_TIMEOUT_MS); last status " + lastStatus
        + " — the service may be busy, try again later");
    report("submitted", 0.05, "Task " + taskId + " submitted to ModelScope");
    return pollLater();
  }

  private Future<ImageTaskResult> pollLater() {
    return call.sleep(pollIntervalMs).compose(v -> poll());
  }

  private Future<ImageTaskResult> poll() {
    polls++;
    return http.send(new ProviderHttp.Call(HttpMethod.GET, "/v1/tasks/" + taskId, POLL, null,
            "the status request for task " + taskId), call)
        .compose(this::afterPoll);
  }

  private Future<ImageTaskResult> afterPoll(JsonObject json) {
    String status = String.valueOf(json.getValue("task_status", "")).toUpperCase(Locale.ROOT);
    if (status.isEmpty() && !syncImages(json).isEmpty()) {
      status = "SUCCEED";
    }
    lastStatus = status.isEmpty() ? "unknown" : status;
    switch (status) {
      case "SUCCEED", "SUCCEEDED", "SUCCESS" -> {
        List<String> urls = outputImages(json);
        if (urls.isEmpty()) {
          throw new ModelScopeException("ModelScope task " + taskId
              + " succeeded but listed no output image: \""
              + ProviderHttp.excerpt(json.encode()) + "\"");
        }
        return Future.succeededFuture(new ImageTaskResult(taskId, urls));
      }
      case "FAILED", "FAILURE", "CANCELED", "CANCELLED" -> throw new ModelScopeException(
          "ModelScope task " + taskId + " failed: " + failureReason(json));
      case "PENDING", "QUEUED" -> report("queued", queuedFraction(),
          "Task " + taskId + " is queued at ModelScope");
      default -> report("running", runningFraction(),
          "Task " + taskId + " is running at ModelScope (" + lastStatus.toLowerCase(Locale.ROOT)
              + ", " + seconds(call) + " left)");
    }
    return pollLater();
  }

  private double queuedFraction() {
    return 0.1 + 0.1 * (1 - 1.0 / (1 + polls / 10.0));
  }

  /** Creeps towards 0.8 without reaching it: the provider gives no percentage. */
  private double runningFraction() {
    return 0.2 + 0.6 * (1 - 1.0 / (1 + polls / 6.0));
  }

  private void report(String stage, double fraction, String message) {
    if (request.progressAddress() != null && !call.finished()) {
      bus.send(request.progressAddress(), new TaskProgress(stage, fraction, message));
    }
  }

  private static String seconds(ProviderCall<?> call) {
    return Math.round(call.remainingMs() / 1000.0) + " s";
  }

  private static String failureReason(JsonObject json) {
    Object error = json.getValue("error");
    if (error instanceof JsonObject e) {
      String msg = e.getString("message");
      Object code = e.getValue("code");
      if (msg != null) {
        return ProviderHttp.excerpt(msg) + (code == null ? "" : " (code " + code + ")");
      }
    }
    if (error instanceof String s && !s.isBlank()) {
      return ProviderHttp.excerpt(s);
    }
    if (json.getValue("message") instanceof String s && !s.isBlank()) {
      return ProviderHttp.excerpt(s);
    }
    return "no reason given — try another prompt or try again later";
  }

  private static String errorOr(JsonObject json, String fallback) {
    if (json.getValue("error") instanceof JsonObject || json.getValue("error") instanceof String) {
      return "ModelScope refused the image request: " + failureReason(json);
    }
    return fallback;
  }

  /** output_images as strings; some answers use objects with a url. */
  private static List<String> outputImages(JsonObject json) {
    List<String> urls = new ArrayList<>();
    if (json.getValue("output_images") instanceof JsonArray list) {
      for (Object item : list) {
        if (item instanceof String s && !s.isBlank()) {
          urls.add(s);
        } else if (item instanceof JsonObject o && o.getString("url") != null) {
          urls.add(o.getString("url"));
        }
      }
    }
    if (urls.isEmpty()) {
      urls.addAll(syncImages(json));
    }
    return urls;
  }

  /** The synchronous shape {"images": [{"url": ...}]}. */
  private static List<String> syncImages(JsonObject json) {
    List<String> urls = new ArrayList<>();
    if (json.getValue("images") instanceof JsonArray list) {
      for (Object item : list) {
        if (item instanceof JsonObject o && o.getString("url") != null) {
          urls.add(o.getString("url"));
        } else if (item instanceof String s && !s.isBlank()) {
          urls.add(s);
        }
      }
    }
    return urls;
  }
}

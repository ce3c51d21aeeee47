package io.imageedit.modelscope;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;

import java.util.concurrent.TimeoutException;

/**
 * One provider request with bounded retries, turning every failure into a sentence the
 * user can act on. Retries 429 (honouring Retry-After), 5xx and connection errors; never
 * 400/401/403. Runs on the ModelScope verticle's event loop.
 */
final class ProviderHttp {
  private static final System.Logger LOG = System.getLogger(ProviderHttp.class.getName());
  private static final int EXCERPT_CHARS = 200;

  private final WebClient client;
  private final String baseUrl;
  private final String apiKey;
  private final RetryPolicy retries;

  ProviderHttp(WebClient client, String baseUrl, String apiKey, RetryPolicy retries) {
    this.client = client;
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.retries = retries;
  }

  /** A request: method, path below the base URL, extra headers and an optional JSON body. */
  record Call(HttpMethod method, String path, MultiMap headers, JsonObject body, String what) {
  }

  Future<JsonObject> send(Call request, ProviderCall<?> call) {
    return attempt(request, call, 0);
  }

  private Future<JsonObject> attempt(Call request, ProviderCall<?> call, int retry) {
    if (call.finished()) {
      return Future.failedFuture(new ProviderCall.CancelledCall());
    }
    return sendOnce(request, call)
        .transform(ar -> {
          Outcome outcome = ar.succeeded() ? classify(request, ar.result())
              : Outcome.connectionError(request, baseUrl, ar.cause());
          if (outcome.json != null) {
            return Future.succeededFuture(outcome.json);
          }
          if (!outcome.retryable || call.finished()) {
            return Future.failedFuture(outcome.error);
          }
          if (retry >= retries.maxRetries()) {
            return Future.failedFuture(new ModelScopeException(outcome.exhaustedMessage(retry)));
          }
          long delay = retries.delayMs(retry + 1, outcome.retryAfterMs);
          if (delay >= call.remainingMs()) {
            return Future.failedFuture(new ModelScopeException(outcome.exhaustedMessage(retry)
                + "; the next retry would pass AI_TIMEOUT_MS"));
          }
          LOG.log(System.Logger.Level.DEBUG, "ModelScope {0}: {1}; retry {2} in {3} ms",
              request.what(), outcome.error.getMessage(), retry + 1, delay);
          return call.sleep(delay).compose(v -> attempt(request, call, retry + 1));
        });
  }

  private Future<HttpResponse<Buffer>> sendOnce(Call request, ProviderCall<?> call) {
    HttpRequest<Buffer> http = client.requestAbs(request.method(), baseUrl + request.path())
        .putHeader("Authorization", "Bearer " + apiKey)
        .putHeader("Accept", "application/json")
        .timeout(Math.max(1, call.remainingMs()));
    if (request.headers() != null) {
      http.putHeaders(request.headers());
    }
    if (request.body() == null) {
      return http.send();
    }
    // Vert.x encodes JSON as UTF-8 without escaping non-ASCII, so Chinese prompts travel as is.
    return http.putHeader("Content-Type", "application/json; charset=utf-8")
        .sendBuffer(request.body().toBuffer());
  }

  private Outcome classify(Call request, HttpResponse<Buffer> response) {
    int status = response.statusCode();
    String body = response.bodyAsString("UTF-8");
    if (status >= 200 && status < 300) {
      try {
        Object parsed = body == null || body.isBlank() ? null : new JsonObject(body);
        if (parsed instanceof JsonObject json) {
          return Outcome.ok(json);
        }
      } catch (DecodeException | ClassCastException e) {
        // fall through to the garbage message
      }
      return Outcome.fatal(new ModelScopeException("ModelScope answered " + request.what()
          + " with something that is not the expected JSON: \"" + excerpt(body) + "\""));
    }
    String detail = errorDetail(body);
    if (status == 401 || status == 403) {
      return Outcome.fatal(new ModelScopeException("ModelScope rejected the API key (HTTP "
          + status + ") — check MODELSCOPE_API_KEY" + (detail.isEmpty() ? "" : ": " + detail)));
    }
    if (status == 429) {
      return Outcome.retry(new ModelScopeException("HTTP 429 " + detail), status,
          RetryPolicy.parseRetryAfter(response.getHeader("Retry-After")), detail);
    }
    if (status >= 500) {
      return Outcome.retry(new ModelScopeException("HTTP " + status + " " + detail), status,
          null, detail);
    }
    return Outcome.fatal(new ModelScopeException("ModelScope refused " + request.what()
        + " (HTTP " + status + ")" + (detail.isEmpty() ? "" : ": " + detail)
        + (status == 404 ? " — check the model name and MODELSCOPE_BASE_URL" : "")));
  }

  /** The provider's own error message when the body carries one, else a short excerpt. */
  static String errorDetail(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    try {
      JsonObject json = new JsonObject(body);
      Object error = json.getValue("error");
      if (error instanceof JsonObject e && e.getString("message") != null) {
        return excerpt(e.getString("message"));
      }
      if (error instanceof String s) {
        return excerpt(s);
      }
      for (String key : new String[] {"message", "Message", "detail", "errors"}) {
        if (json.getValue(key) instanceof String s) {
          return excerpt(s);
        }
      }
    } catch (RuntimeException notJson) {
      // quote the raw text
    }
    return excerpt(body);
  }

  static String excerpt(String text) {
    if (text == null) {
      return "";
    }
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= EXCERPT_CHARS ? flat : flat.substring(0, EXCERPT_CHARS) + "…";
  }

  /** What one attempt produced: parsed JSON, or an error and whether it may be retried. */
  private static final class Outcome {
    final JsonObject json;
    final RuntimeException error;
    final boolean retryable;
    final Long retryAfterMs;
    final int status;
    final String detail;
    final String what;
    final String baseUrl;

    private Outcome(JsonObject json, RuntimeException error, boolean retryable,
        Long retryAfterMs, int status, String detail, String what, String baseUrl) {
      this.json = json;
      this.error = error;
      this.retryable = retryable;
      this.retryAfterMs = retryAfterMs;
      this.status = status;
      this.detail = detail;
      this.what = what;
      this.baseUrl = baseUrl;
    }

    static Outcome ok(JsonObject json) {
      return new Outcome(json, null, false, null, 200, "", null, null);
    }

    static Outcome fatal(RuntimeException error) {
      return new Outcome(null, error, false, null, 0, "", null, null);
    }

    static Outcome retry(RuntimeException error, int status, Long retryAfterMs, String detail) {
      return new Outcome(null, error, true, retryAfterMs, status, detail, null, null);
    }

    static Outcome connectionError(Call request, String baseUrl, Throwable cause) {
      String why = cause instanceof TimeoutException || String.valueOf(cause.getMessage())
          .toLowerCase().contains("timeout")
          ? "no answer in time" : String.valueOf(cause.getMessage());
      return new Outcome(null, new ModelScopeException(why), true, null, 0, why,
          request.what(), baseUrl);
    }

    String exhaustedMessage(int retriesDone) {
      String times = retriesDone == 1 ? "1 retry" : retriesDone + " retries";
      if (status == 429) {
        return "rate limited by ModelScope after " + times
            + " (daily quota or per-model limit) — wait a while and try again"
            + (detail.isEmpty() ? "" : ": " + detail);
      }
      if (status >= 500) {
        return "ModelScope failed with HTTP " + status + " after " + times
            + " — the service is having trouble, try again later"
            + (detail.isEmpty() ? "" : ": " + detail);
      }
      return "could not reach ModelScope at " + baseUrl + " after " + times + " (" + detail
          + ") — check MODELSCOPE_BASE_URL and the network";
    }
  }
}

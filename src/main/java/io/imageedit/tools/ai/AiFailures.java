package io.imageedit.tools.ai;

import io.imageedit.mcp.ToolException;
import io.imageedit.modelscope.ModelScopeClient;
import io.imageedit.modelscope.ModelScopeException;
import io.vertx.core.Future;

/** Turns provider failures into tool errors, and says how to enable AI when there is no key. */
final class AiFailures {
  static final String NO_KEY = "This AI tool needs a ModelScope API key, and none is set."
      + " Create a token at https://modelscope.cn/my/myaccesstoken, put it in the server's"
      + " environment or .env file as MODELSCOPE_API_KEY=<token>, and restart the server.";

  private AiFailures() {
  }

  static void requireKey(AiContext ai) {
    if (!ai.config().ai().hasApiKey()) {
      throw new ToolException(NO_KEY);
    }
  }

  static <T> Future<T> asToolError(Throwable error) {
    if (error instanceof ModelScopeException) {
      return Future.failedFuture(new ToolException(error.getMessage()));
    }
    return Future.failedFuture(error);
  }

  static boolean isCancellation(Throwable error) {
    return error != null && ModelScopeClient.CANCELLED.equals(error.getMessage());
  }

  /** The message a per-URL error entry carries. */
  static String message(Throwable error) {
    if (error instanceof ToolException || error instanceof ModelScopeException) {
      return error.getMessage();
    }
    return "unexpected error: " + error.getClass().getSimpleName();
  }
}

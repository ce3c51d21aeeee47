package io.imageedit.tools.ai;

import io.imageedit.mcp.CallContext;
import io.imageedit.modelscope.TaskProgress;

/**
 * Maps task steps to notifications/progress on a 0..100 scale, only ever increasing:
 * submitted → queued → running (provider) → downloading → done (this server).
 */
final class TaskProgressReporter {
  static final double TOTAL = 100;
  private final CallContext context;
  private double last = -1;

  TaskProgressReporter(CallContext context) {
    this.context = context;
  }

  void provider(TaskProgress step) {
    report(Math.min(85, Math.round(step.fraction() * 1000) / 10.0), step.message());
  }

  synchronized void report(double value, String message) {
    if (value <= last || context.isCancelled()) {
      return;
    }
    last = value;
    context.progress(value, TOTAL, message);
  }
}

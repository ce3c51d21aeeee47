package io.imageedit.modelscope;

/**
 * A step of a running image task, for notifications/progress.
 *
 * @param stage    submitted, queued or running
 * @param fraction 0..1, increasing over the life of the task
 * @param message  what a user reads
 */
public record TaskProgress(String stage, double fraction, String message) {
}

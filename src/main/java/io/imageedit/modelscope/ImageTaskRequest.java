package io.imageedit.modelscope;

import io.vertx.core.json.JsonObject;

/**
 * One image generation or edit task: submit, then poll until it ends.
 *
 * @param callId          identifies the call for cancellation and progress
 * @param body            the generations request body (model, prompt, size, ...)
 * @param progressAddress event-bus address that receives {@link TaskProgress}, or null
 */
public record ImageTaskRequest(String callId, JsonObject body, String progressAddress) {
}

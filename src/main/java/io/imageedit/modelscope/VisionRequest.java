package io.imageedit.modelscope;

/**
 * One vision chat call.
 *
 * @param callId      identifies the call for cancellation
 * @param model       vision model id
 * @param instruction text part of the user message
 * @param imageUrl    data: URL (or public http(s) URL) of the image
 */
public record VisionRequest(String callId, String model, String instruction, String imageUrl) {
}

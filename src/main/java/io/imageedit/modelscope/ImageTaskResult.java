package io.imageedit.modelscope;

import java.util.List;

/**
 * A finished image task.
 *
 * @param taskId    provider task id, or null when the provider answered synchronously
 * @param imageUrls provider URLs of the output images (they expire: download at once)
 */
public record ImageTaskResult(String taskId, List<String> imageUrls) {
}

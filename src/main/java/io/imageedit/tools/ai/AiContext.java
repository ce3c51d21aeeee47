package io.imageedit.tools.ai;

import io.imageedit.cache.ContentCache;
import io.imageedit.config.AppConfig;
import io.imageedit.image.ImageClient;
import io.imageedit.image.ImageFetcher;
import io.imageedit.modelscope.ModelScopeClient;
import io.imageedit.tools.ImageResults;

/**
 * What the AI tools share.
 *
 * @param config     the whole configuration (AI settings, cache URL, private-URL policy)
 * @param modelScope the provider client
 * @param fetcher    safe image fetching (http, data:, own cache)
 * @param images     the image workers (probe, downscale)
 * @param cache      the content-addressed cache
 * @param results    the standard image tool result
 * @param history    generated and edited images
 * @param answers    vision answers by (image hash, model, instruction)
 */
record AiContext(
    AppConfig config,
    ModelScopeClient modelScope,
    ImageFetcher fetcher,
    ImageClient images,
    ContentCache cache,
    ImageResults results,
    AiImageHistory history,
    VisionAnswerCache answers) {
}

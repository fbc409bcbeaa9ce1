/**
 * The entry point: {@link io.mistral4j.MistralClient}, built with {@code MistralClient.builder()} or
 * {@code MistralClient.fromEnv()}, and what every call shares: {@link io.mistral4j.RequestOptions} per call,
 * {@link io.mistral4j.ApiResponse} for the status, headers and rate limits beside a value, and
 * {@link io.mistral4j.AwaitOptions} for waiting on jobs.
 */
package io.mistral4j;

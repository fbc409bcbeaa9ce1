/**
 * The entry point: {@link io.mistral4j.MistralClient}, built with {@code MistralClient.builder()} or
 * {@code MistralClient.fromEnv()}, and what every call shares: {@link io.mistral4j.RequestOptions} per call,
 * {@link io.mistral4j.ApiResponse} for the status, headers and rate limits beside a value, and
 * {@link io.mistral4j.AwaitOptions} for waiting on jobs.
 *
 * <p>How the API's types evolve: requests are records built with their {@code builder()}, other
 * values users create have a builder or static factory methods, and responses come from the
 * client. Accessors, builders and factories are the stable API; a record's canonical
 * constructor is not, since it gains a parameter whenever the API adds a field.
 */
package io.mistral4j;

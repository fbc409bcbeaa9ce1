/**
 * Retry, circuit breaker, client-side rate-limit and time-out settings a client applies to every
 * call, set on {@code MistralClient.builder()}.
 */
package io.mistral4j.resilience;

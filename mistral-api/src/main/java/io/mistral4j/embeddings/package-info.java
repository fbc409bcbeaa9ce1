/**
 * Embeddings ({@code /v1/embeddings}): vectors for texts, in float or quantised data types,
 * through {@link io.mistral4j.embeddings.EmbeddingsService}.
 */
package io.mistral4j.embeddings;

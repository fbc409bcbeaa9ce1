/**
 * Batch jobs ({@code /v1/batch/jobs}): many requests run asynchronously from an uploaded JSONL
 * file or inline requests, through {@link io.mistral4j.batch.BatchService}; results are read back
 * line by line.
 */
package io.mistral4j.batch;

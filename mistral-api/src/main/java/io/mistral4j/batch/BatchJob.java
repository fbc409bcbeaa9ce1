package io.mistral4j.batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A batch job (the spec's {@code BatchJobOut}).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id                 the job id
 * @param object             {@code batch}
 * @param inputFiles         ids of its input files
 * @param metadata           your labels, or an empty map
 * @param endpoint           the endpoint its requests go to
 * @param model              its model, or null
 * @param agentId            its agent, or null
 * @param outputFile         id of the file of answers, once there is one
 * @param errorFile          id of the file of failed requests, once there is one
 * @param errors             kinds of failures and their counts
 * @param outputs            answers given inline (when asked for with {@code inline}), or null
 * @param status             where it is in its life
 * @param createdAt          creation time, seconds since the epoch
 * @param totalRequests      requests in the job
 * @param completedRequests  requests done, successfully or not
 * @param succeededRequests  requests answered
 * @param failedRequests     requests that failed
 * @param startedAt          when it started, or null
 * @param completedAt        when it ended, or null
 */
public record BatchJob(String id, String object, List<String> inputFiles, Map<String, Object> metadata,
                       BatchEndpoint endpoint, String model, String agentId, String outputFile, String errorFile,
                       List<BatchError> errors, List<Map<String, Object>> outputs, BatchJobStatus status,
                       long createdAt, int totalRequests, int completedRequests, int succeededRequests,
                       int failedRequests, Long startedAt, Long completedAt) {

    /**
     * Copies the lists and metadata unmodifiably; null input files, metadata and errors become empty, null
     * outputs stay null.
     */
    public BatchJob {
        inputFiles = inputFiles == null ? List.of() : List.copyOf(inputFiles);
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        errors = errors == null ? List.of() : List.copyOf(errors);
        outputs = outputs == null ? null : List.copyOf(outputs);
    }

    /** Whether the job will not change any more. */
    public boolean isTerminal() {
        return status != null && status.isTerminal();
    }

    /** The id of the file of answers (download it with the files service), empty until the job wrote one. */
    public Optional<String> outputFileId() {
        return Optional.ofNullable(outputFile);
    }

    /** The id of the file of failed requests, empty unless some request failed. */
    public Optional<String> errorFileId() {
        return Optional.ofNullable(errorFile);
    }
}

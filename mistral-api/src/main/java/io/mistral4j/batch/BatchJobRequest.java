package io.mistral4j.batch;

import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.errors.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch job to create ({@code POST /v1/batch/jobs}, the spec's {@code BatchJobIn}): the
 * requests come from uploaded JSONL files or are given inline, and all go to one endpoint.
 *
 * <pre>{@code
 * BatchJob job = client.batch().create(BatchJobRequest.builder()
 *         .addInputFile(input.id())
 *         .endpoint(BatchEndpoint.CHAT_COMPLETIONS)
 *         .model("mistral-small-latest")
 *         .build());
 * }</pre>
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param inputFiles   ids of uploaded JSONL files (purpose {@code batch}), or null
 * @param requests     inline requests (at most 10,000), or null
 * @param endpoint     the endpoint each request is sent to
 * @param model        the model, or null when each body names one
 * @param agentId      an agent to run instead of a model, or null
 * @param metadata     your labels for the job, or null
 * @param timeoutHours the longest the job may run, or null for the server's default (24)
 */
public record BatchJobRequest(List<String> inputFiles, List<BatchRequest> requests, BatchEndpoint endpoint,
                              String model, String agentId, Map<String, String> metadata, Integer timeoutHours) {

    /** The most inline requests one job takes. */
    public static final int MAX_INLINE_REQUESTS = 10_000;

    /** Copies the lists and metadata unmodifiably, keeping nulls (not sent); use the builder to validate. */
    public BatchJobRequest {
        inputFiles = inputFiles == null ? null : List.copyOf(inputFiles);
        requests = requests == null ? null : List.copyOf(requests);
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A builder with nothing set; the endpoint and either input files or inline requests are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link BatchJobRequest}. */
    public static final class Builder {
        private List<String> inputFiles;
        private List<BatchRequest> requests;
        private BatchEndpoint endpoint;
        private String model;
        private String agentId;
        private Map<String, String> metadata;
        private Integer timeoutHours;

        private Builder() {
        }

        /** Adds the id of an uploaded JSONL file (purpose {@code batch}) holding requests, one per line. */
        public Builder addInputFile(String fileId) {
            if (inputFiles == null) {
                inputFiles = new ArrayList<>();
            }
            inputFiles.add(fileId);
            return this;
        }

        /** Replaces the input files; null sends none. */
        public Builder inputFiles(List<String> fileIds) {
            this.inputFiles = fileIds == null ? null : new ArrayList<>(fileIds);
            return this;
        }

        /**
         * Adds an inline request (instead of input files; at most {@value
         * BatchJobRequest#MAX_INLINE_REQUESTS}).
         */
        public Builder addRequest(BatchRequest request) {
            if (requests == null) {
                requests = new ArrayList<>();
            }
            requests.add(request);
            return this;
        }

        /** Adds an inline chat request. */
        public Builder addRequest(String customId, ChatCompletionRequest request) {
            return addRequest(BatchRequest.of(customId, request));
        }

        /** Replaces the inline requests; null sends none. */
        public Builder requests(List<BatchRequest> requests) {
            this.requests = requests == null ? null : new ArrayList<>(requests);
            return this;
        }

        /** The endpoint each request goes to. Required. */
        public Builder endpoint(BatchEndpoint endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /**
         * The model every request runs on; unset when each body names its own, or when an agent runs them.
         */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** An agent to run the requests instead of a model; not together with {@code model}. */
        public Builder agentId(String agentId) {
            this.agentId = agentId;
            return this;
        }

        /**
         * Replaces your labels for the job: keys of 1 to 32 characters, values of 1 to 512; null sends
         * none.
         */
        public Builder metadata(Map<String, String> metadata) {
            this.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
            return this;
        }

        /** Adds one label: a key of 1 to 32 characters and a value of 1 to 512. */
        public Builder putMetadata(String key, String value) {
            if (metadata == null) {
                metadata = new LinkedHashMap<>();
            }
            metadata.put(key, value);
            return this;
        }

        /** The longest the job may run, in hours, 1 or more; unset for the server's default (24). */
        public Builder timeoutHours(int timeoutHours) {
            this.timeoutHours = timeoutHours;
            return this;
        }

        /**
         * The request; throws {@link ValidationException} naming the field if the endpoint is missing,
         * there are neither or both of input files and inline requests, more than {@value
         * BatchJobRequest#MAX_INLINE_REQUESTS} inline requests, a blank file id or null request, both a
         * model and an agent, a label out of bounds, or a timeout below 1.
         */
        public BatchJobRequest build() {
            if (endpoint == null) {
                throw new ValidationException("endpoint", "is required");
            }
            boolean files = inputFiles != null && !inputFiles.isEmpty();
            boolean inline = requests != null && !requests.isEmpty();
            if (!files && !inline) {
                throw new ValidationException("inputFiles", "give input files or inline requests");
            }
            if (files && inline) {
                throw new ValidationException("requests", "give input files or inline requests, not both");
            }
            if (inline && requests.size() > MAX_INLINE_REQUESTS) {
                throw new ValidationException("requests", "at most " + MAX_INLINE_REQUESTS + " inline requests, was "
                        + requests.size());
            }
            noBlanks("inputFiles", inputFiles);
            if (requests != null) {
                for (int i = 0; i < requests.size(); i++) {
                    if (requests.get(i) == null) {
                        throw new ValidationException("requests[" + i + "]", "must not be null");
                    }
                }
            }
            if (model != null && agentId != null) {
                throw new ValidationException("agentId", "give a model or an agent, not both");
            }
            if (metadata != null) {
                metadata.forEach((key, value) -> {
                    if (key == null || key.isEmpty() || key.length() > 32) {
                        throw new ValidationException("metadata", "keys must be 1 to 32 characters, was '" + key + "'");
                    }
                    if (value == null || value.isEmpty() || value.length() > 512) {
                        throw new ValidationException("metadata." + key, "values must be 1 to 512 characters");
                    }
                });
            }
            if (timeoutHours != null && timeoutHours < 1) {
                throw new ValidationException("timeoutHours", "must be 1 or more, was " + timeoutHours);
            }
            return new BatchJobRequest(inputFiles, requests, endpoint, model, agentId, metadata, timeoutHours);
        }

        private static void noBlanks(String field, List<String> values) {
            if (values == null) {
                return;
            }
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null || values.get(i).isBlank()) {
                    throw new ValidationException(field + "[" + i + "]", "must not be blank");
                }
            }
        }
    }
}

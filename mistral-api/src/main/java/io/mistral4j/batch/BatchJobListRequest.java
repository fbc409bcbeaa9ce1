package io.mistral4j.batch;

import io.mistral4j.errors.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which batch jobs to list ({@code GET /v1/batch/jobs}) and how many per page. Every filter is
 * optional; {@link #all()} lists every job, 100 per page, newest first.
 *
 * @param page         the first page to fetch, from 0
 * @param pageSize     jobs per page, 1 or more
 * @param model        only jobs of this model, or null
 * @param agentId      only jobs of this agent, or null
 * @param metadata     only jobs with these labels (sent as one JSON object), or null
 * @param createdAfter only jobs created after this time, or null
 * @param createdByMe  only jobs created with this API key's user, or null
 * @param statuses     only jobs in one of these statuses (empty: any)
 * @param orderBy      the order, or null for the server's default (newest first)
 */
public record BatchJobListRequest(int page, int pageSize, String model, String agentId, Map<String, Object> metadata,
                                  Instant createdAfter, Boolean createdByMe, List<BatchJobStatus> statuses,
                                  BatchJobOrder orderBy) {

    /** The page size unless set otherwise. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    public BatchJobListRequest {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }

    public static BatchJobListRequest all() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same filters for another page. */
    public BatchJobListRequest withPage(int otherPage) {
        return new BatchJobListRequest(otherPage, pageSize, model, agentId, metadata, createdAfter, createdByMe,
                statuses, orderBy);
    }

    /** Builds and validates a {@link BatchJobListRequest}. */
    public static final class Builder {
        private int page;
        private int pageSize = DEFAULT_PAGE_SIZE;
        private String model;
        private String agentId;
        private Map<String, Object> metadata;
        private Instant createdAfter;
        private Boolean createdByMe;
        private final List<BatchJobStatus> statuses = new ArrayList<>();
        private BatchJobOrder orderBy;

        private Builder() {
        }

        public Builder page(int page) {
            this.page = page;
            return this;
        }

        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder agentId(String agentId) {
            this.agentId = agentId;
            return this;
        }

        public Builder metadata(Map<String, ?> metadata) {
            this.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
            return this;
        }

        public Builder createdAfter(Instant createdAfter) {
            this.createdAfter = createdAfter;
            return this;
        }

        public Builder createdByMe(boolean createdByMe) {
            this.createdByMe = createdByMe;
            return this;
        }

        public Builder statuses(BatchJobStatus... values) {
            statuses.addAll(Arrays.asList(values));
            return this;
        }

        public Builder orderBy(BatchJobOrder orderBy) {
            this.orderBy = orderBy;
            return this;
        }

        public BatchJobListRequest build() {
            if (page < 0) {
                throw new ValidationException("page", "must be 0 or more, was " + page);
            }
            if (pageSize <= 0) {
                throw new ValidationException("pageSize", "must be 1 or more, was " + pageSize);
            }
            for (int i = 0; i < statuses.size(); i++) {
                if (statuses.get(i) == null) {
                    throw new ValidationException("statuses[" + i + "]", "must not be null");
                }
            }
            return new BatchJobListRequest(page, pageSize, model, agentId, metadata, createdAfter, createdByMe,
                    statuses, orderBy);
        }
    }
}

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
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
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

    /** Copies the metadata and statuses unmodifiably; null statuses become empty (any). */
    public BatchJobListRequest {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }

    /** Every job, from page 0, {@value #DEFAULT_PAGE_SIZE} per page, newest first, without filters. */
    public static BatchJobListRequest all() {
        return builder().build();
    }

    /** A builder starting at page 0 with {@value #DEFAULT_PAGE_SIZE} jobs per page and no filters. */
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

        /** The first page to fetch, from 0 (default 0). */
        public Builder page(int page) {
            this.page = page;
            return this;
        }

        /**
         * Jobs per page, 1 or more (default {@value BatchJobListRequest#DEFAULT_PAGE_SIZE}); sent as {@code
         * page_size}.
         */
        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** Only jobs running on this model; null for any. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** Only jobs run by this agent; null for any. */
        public Builder agentId(String agentId) {
            this.agentId = agentId;
            return this;
        }

        /** Only jobs carrying these labels, sent as one JSON object; null for no filter. */
        public Builder metadata(Map<String, ?> metadata) {
            this.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
            return this;
        }

        /** Only jobs created after this instant; null for no bound. */
        public Builder createdAfter(Instant createdAfter) {
            this.createdAfter = createdAfter;
            return this;
        }

        /** Whether to list only jobs created by the API key's user; unset sends no filter. */
        public Builder createdByMe(boolean createdByMe) {
            this.createdByMe = createdByMe;
            return this;
        }

        /** Adds statuses to match (any of them); none set matches any. */
        public Builder statuses(BatchJobStatus... values) {
            statuses.addAll(Arrays.asList(values));
            return this;
        }

        /** The order of the jobs; unset for the server's default (newest first). */
        public Builder orderBy(BatchJobOrder orderBy) {
            this.orderBy = orderBy;
            return this;
        }

        /**
         * The request; throws {@link ValidationException} if the page is negative, the page size below 1,
         * or a status is null.
         */
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

package io.mistral4j.finetuning;

import io.mistral4j.errors.ValidationException;
import java.time.Instant;

/**
 * Which fine-tuning jobs to list ({@code GET /v1/fine_tuning/jobs}) and how many per page.
 * Every filter is optional; {@link #all()} lists every job, 100 per page.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param page          the first page to fetch, from 0
 * @param pageSize      jobs per page, 1 or more
 * @param model         only jobs fine-tuning this model, or null
 * @param createdAfter  only jobs created after this time, or null
 * @param createdBefore only jobs created before this time, or null
 * @param createdByMe   only jobs created with this API key's user, or null
 * @param status        only jobs in this status, or null
 * @param wandbProject  only jobs reporting to this W&amp;B project, or null
 * @param wandbName     only jobs with this W&amp;B run name, or null
 * @param suffix        only jobs with this model suffix, or null
 */
public record FineTuningJobListRequest(int page, int pageSize, String model, Instant createdAfter,
                                       Instant createdBefore, Boolean createdByMe, FineTuningJobStatus status,
                                       String wandbProject, String wandbName, String suffix) {

    /** The page size unless set otherwise. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    /** Every job, from page 0, {@value #DEFAULT_PAGE_SIZE} per page, without filters. */
    public static FineTuningJobListRequest all() {
        return builder().build();
    }

    /** A builder starting at page 0 with {@value #DEFAULT_PAGE_SIZE} jobs per page and no filters. */
    public static Builder builder() {
        return new Builder();
    }

    /** The same filters for another page. */
    public FineTuningJobListRequest withPage(int otherPage) {
        return new FineTuningJobListRequest(otherPage, pageSize, model, createdAfter, createdBefore, createdByMe,
                status, wandbProject, wandbName, suffix);
    }

    /** Builds and validates a {@link FineTuningJobListRequest}. */
    public static final class Builder {
        private int page;
        private int pageSize = DEFAULT_PAGE_SIZE;
        private String model;
        private Instant createdAfter;
        private Instant createdBefore;
        private Boolean createdByMe;
        private FineTuningJobStatus status;
        private String wandbProject;
        private String wandbName;
        private String suffix;

        private Builder() {
        }

        /** The first page to fetch, from 0 (default 0); sent as {@code page}. */
        public Builder page(int page) {
            this.page = page;
            return this;
        }

        /**
         * Jobs per page, 1 or more (default {@value FineTuningJobListRequest#DEFAULT_PAGE_SIZE}); sent as
         * {@code page_size}.
         */
        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** Only jobs fine-tuning this model name, e.g. {@code open-mistral-7b}; null for any. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** Only jobs created after this instant; null for no lower bound. */
        public Builder createdAfter(Instant createdAfter) {
            this.createdAfter = createdAfter;
            return this;
        }

        /** Only jobs created before this instant; null for no upper bound. */
        public Builder createdBefore(Instant createdBefore) {
            this.createdBefore = createdBefore;
            return this;
        }

        /** Whether to list only jobs created by the API key's user; unset sends no filter. */
        public Builder createdByMe(boolean createdByMe) {
            this.createdByMe = createdByMe;
            return this;
        }

        /** Only jobs in this status; null for any. */
        public Builder status(FineTuningJobStatus status) {
            this.status = status;
            return this;
        }

        /** Only jobs reporting to this Weights &amp; Biases project; null for any. */
        public Builder wandbProject(String wandbProject) {
            this.wandbProject = wandbProject;
            return this;
        }

        /** Only jobs with this Weights &amp; Biases run name; null for any. */
        public Builder wandbName(String wandbName) {
            this.wandbName = wandbName;
            return this;
        }

        /** Only jobs whose fine-tuned model name has this suffix; null for any. */
        public Builder suffix(String suffix) {
            this.suffix = suffix;
            return this;
        }

        /**
         * The request; throws {@link ValidationException} if the page is negative, the page size below 1,
         * or {@code createdAfter} is not before {@code createdBefore}.
         */
        public FineTuningJobListRequest build() {
            if (page < 0) {
                throw new ValidationException("page", "must be 0 or more, was " + page);
            }
            if (pageSize <= 0) {
                throw new ValidationException("pageSize", "must be 1 or more, was " + pageSize);
            }
            if (createdAfter != null && createdBefore != null && !createdAfter.isBefore(createdBefore)) {
                throw new ValidationException("createdAfter", "must be before createdBefore");
            }
            return new FineTuningJobListRequest(page, pageSize, model, createdAfter, createdBefore, createdByMe,
                    status, wandbProject, wandbName, suffix);
        }
    }
}

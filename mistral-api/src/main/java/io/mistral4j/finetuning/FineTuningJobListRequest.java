package io.mistral4j.finetuning;

import io.mistral4j.errors.ValidationException;
import java.time.Instant;

/**
 * Which fine-tuning jobs to list ({@code GET /v1/fine_tuning/jobs}) and how many per page.
 * Every filter is optional; {@link #all()} lists every job, 100 per page.
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

    public static FineTuningJobListRequest all() {
        return builder().build();
    }

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

        public Builder createdAfter(Instant createdAfter) {
            this.createdAfter = createdAfter;
            return this;
        }

        public Builder createdBefore(Instant createdBefore) {
            this.createdBefore = createdBefore;
            return this;
        }

        public Builder createdByMe(boolean createdByMe) {
            this.createdByMe = createdByMe;
            return this;
        }

        public Builder status(FineTuningJobStatus status) {
            this.status = status;
            return this;
        }

        public Builder wandbProject(String wandbProject) {
            this.wandbProject = wandbProject;
            return this;
        }

        public Builder wandbName(String wandbName) {
            this.wandbName = wandbName;
            return this;
        }

        public Builder suffix(String suffix) {
            this.suffix = suffix;
            return this;
        }

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

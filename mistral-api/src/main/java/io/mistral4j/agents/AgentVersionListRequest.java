package io.mistral4j.agents;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.internal.Require;

/**
 * Which page of an agent's versions to start from, and how many per page.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param page     first page number, from 0; null for the first
 * @param pageSize versions per page, 1 to 100; null for the server's default (20)
 */
public record AgentVersionListRequest(Integer page, Integer pageSize) {

    static final int MAX_PAGE_SIZE = 100;

    /** Every version, with the server's page size. */
    public static AgentVersionListRequest all() {
        return new AgentVersionListRequest(null, null);
    }

    /** Starts at the first page with the server's page size. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates an {@link AgentVersionListRequest}. */
    public static final class Builder {
        private Integer page;
        private Integer pageSize;

        private Builder() {
        }

        /** The first page to fetch, numbered from 0. */
        public Builder page(int page) {
            this.page = page;
            return this;
        }

        /** Versions per page, 1 to 100. */
        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** Validates and builds; a {@link ValidationException} names the first wrong field. */
        public AgentVersionListRequest build() {
            if (pageSize != null && (pageSize < 1 || pageSize > MAX_PAGE_SIZE)) {
                throw new ValidationException("pageSize", "must be between 1 and " + MAX_PAGE_SIZE + ", was "
                        + pageSize);
            }
            Require.atLeast("page", page, 0);
            return new AgentVersionListRequest(page, pageSize);
        }
    }
}

package io.mistral4j.libraries;

import io.mistral4j.errors.ValidationException;

/**
 * Which documents of a library to list ({@code GET /v1/libraries/{library_id}/documents}),
 * paged by number from 0.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param search    a search on the name, or null
 * @param page      the page, from 0
 * @param pageSize  documents per page, 1 to 100
 * @param sortBy    the field to sort by, or null for the server's default ({@code created_at})
 * @param sortOrder {@code asc} or {@code desc}, or null for the server's default ({@code desc})
 */
public record DocumentListRequest(String search, int page, int pageSize, String sortBy, String sortOrder) {

    /** Every document, from the first page. */
    public static DocumentListRequest all() {
        return builder().build();
    }

    /** A builder from page 0 with 100 documents a page. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's values. */
    public Builder toBuilder() {
        return new Builder().search(search).page(page).pageSize(pageSize).sortBy(sortBy).sortOrder(sortOrder);
    }

    /** This request for another page. */
    public DocumentListRequest withPage(int page) {
        return toBuilder().page(page).build();
    }

    /** Builds and validates a {@link DocumentListRequest}. */
    public static final class Builder {
        private String search;
        private int page;
        private int pageSize = 100;
        private String sortBy;
        private String sortOrder;

        private Builder() {
        }

        /** A search on the name. */
        public Builder search(String search) {
            this.search = search;
            return this;
        }

        /** The page, from 0. */
        public Builder page(int page) {
            this.page = page;
            return this;
        }

        /** Documents per page, 1 to 100. */
        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** The field to sort by ({@code created_at} unless set). */
        public Builder sortBy(String sortBy) {
            this.sortBy = sortBy;
            return this;
        }

        /** {@code asc} or {@code desc}. */
        public Builder sortOrder(String sortOrder) {
            this.sortOrder = sortOrder;
            return this;
        }

        /** Validates the page, the page size and the sort order. */
        public DocumentListRequest build() {
            if (page < 0) {
                throw new ValidationException("page", "must be 0 or more, was " + page);
            }
            if (pageSize < 1 || pageSize > 100) {
                throw new ValidationException("pageSize", "must be 1 to 100, was " + pageSize);
            }
            if (sortOrder != null && !sortOrder.equals("asc") && !sortOrder.equals("desc")) {
                throw new ValidationException("sortOrder", "must be asc or desc, was " + sortOrder);
            }
            return new DocumentListRequest(search, page, pageSize, sortBy, sortOrder);
        }
    }
}

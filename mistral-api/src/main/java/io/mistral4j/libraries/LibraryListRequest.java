package io.mistral4j.libraries;

import io.mistral4j.errors.ValidationException;

/**
 * Which libraries to list ({@code GET /v1/libraries}), paged by the token each page hands back.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param pageSize  libraries per page, 1 to 100, or null for the server's default (100)
 * @param pageToken the token of the page to read, or null for the first
 * @param search    a case-insensitive search on the name, or null
 */
public record LibraryListRequest(Integer pageSize, String pageToken, String search) {

    /** Every library, from the first page. */
    public static LibraryListRequest all() {
        return builder().build();
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's values. */
    public Builder toBuilder() {
        return new Builder().pageSize(pageSize).pageToken(pageToken).search(search);
    }

    /** Builds and validates a {@link LibraryListRequest}. */
    public static final class Builder {
        private Integer pageSize;
        private String pageToken;
        private String search;

        private Builder() {
        }

        /** Libraries per page, 1 to 100. */
        public Builder pageSize(Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** The token of the page to read. */
        public Builder pageToken(String pageToken) {
            this.pageToken = pageToken;
            return this;
        }

        /** A case-insensitive search on the name. */
        public Builder search(String search) {
            this.search = search;
            return this;
        }

        /** Validates the page size. */
        public LibraryListRequest build() {
            if (pageSize != null && (pageSize < 1 || pageSize > 100)) {
                throw new ValidationException("pageSize", "must be 1 to 100, was " + pageSize);
            }
            return new LibraryListRequest(pageSize, pageToken, search);
        }
    }
}

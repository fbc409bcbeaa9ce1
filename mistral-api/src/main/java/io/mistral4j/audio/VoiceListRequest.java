package io.mistral4j.audio;

import io.mistral4j.errors.ValidationException;

/**
 * Which voices to list and how many per page ({@code GET /v1/audio/voices}); pages are numbered
 * from 0 and sent as {@code offset = page * pageSize}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param type     which voices, or null for all
 * @param page     the page, from 0
 * @param pageSize voices per page, 1 to 100
 */
public record VoiceListRequest(VoiceType type, int page, int pageSize) {

    /** The API's page size unless asked otherwise. */
    public static final int DEFAULT_PAGE_SIZE = 10;
    private static final int MAX_PAGE_SIZE = 100;

    /** Every voice, ten per page. */
    public static VoiceListRequest all() {
        return builder().build();
    }

    /** Starts with every voice, the first page, ten per page. */
    public static Builder builder() {
        return new Builder();
    }

    /** This request for another page. */
    public VoiceListRequest withPage(int page) {
        return new Builder().type(type).page(page).pageSize(pageSize).build();
    }

    /** Builds and validates a {@link VoiceListRequest}. */
    public static final class Builder {
        private VoiceType type;
        private int page;
        private int pageSize = DEFAULT_PAGE_SIZE;

        private Builder() {
        }

        /** Which voices; unset for all. */
        public Builder type(VoiceType type) {
            this.type = type;
            return this;
        }

        /** The first page to fetch, from 0. */
        public Builder page(int page) {
            this.page = page;
            return this;
        }

        /** Voices per page, 1 to 100. */
        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** Validates the page (0 or more) and the page size (1 to 100). */
        public VoiceListRequest build() {
            if (page < 0) {
                throw new ValidationException("page", "must be 0 or more, was " + page);
            }
            if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
                throw new ValidationException("pageSize", "must be between 1 and " + MAX_PAGE_SIZE + ", was "
                        + pageSize);
            }
            return new VoiceListRequest(type, page, pageSize);
        }
    }
}

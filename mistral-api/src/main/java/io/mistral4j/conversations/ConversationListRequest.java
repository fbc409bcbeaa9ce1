package io.mistral4j.conversations;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.internal.Require;
import java.util.Map;

/**
 * Which conversations to list ({@code GET /v1/conversations}), newest first, and how many per page.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param page     first page number, from 0; null for the first
 * @param pageSize conversations per page, 1 to 100; null for the server's default (100)
 * @param metadata only conversations whose metadata holds these values; null for all
 */
public record ConversationListRequest(Integer page, Integer pageSize, Map<String, Object> metadata) {

    static final int MAX_PAGE_SIZE = 100;

    /** Every conversation, with the server's page size. */
    public static ConversationListRequest all() {
        return new ConversationListRequest(null, null, null);
    }

    /** Starts at the first page with the server's page size. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link ConversationListRequest}. */
    public static final class Builder {
        private Integer page;
        private Integer pageSize;
        private Map<String, Object> metadata;

        private Builder() {
        }

        /** The first page to fetch, numbered from 0. */
        public Builder page(int page) {
            this.page = page;
            return this;
        }

        /** Conversations per page, 1 to 100. */
        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** Only conversations whose metadata holds these values. */
        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata;
            return this;
        }

        /** Validates and builds; a {@link ValidationException} names the first wrong field. */
        public ConversationListRequest build() {
            Require.range("pageSize", pageSize, 1, MAX_PAGE_SIZE);
            Require.atLeast("page", page, 0);
            return new ConversationListRequest(page, pageSize, metadata == null ? null : Map.copyOf(metadata));
        }
    }
}

package io.mistral4j.agents;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.internal.Require;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which agents to list and how many per page. Every filter is optional; unset ones are not sent.
 * {@link AgentsService#list} pages by cursor (start from {@code pageToken}),
 * {@link AgentsService#listByPageNumber} by number (start from {@code page}).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param pageSize       agents per page, 1 to 1000 (the server's default is 20)
 * @param page           first page number for the numbered listing, from 0
 * @param pageToken      cursor to start from, from an earlier page of the cursor listing
 * @param deploymentChat only agents offered (or not) in Le Chat
 * @param sources        only agents made through these sources
 * @param name           only agents with this name
 * @param search         only agents whose name or id contains this text
 * @param id             only the agent with this id
 * @param metadata       only agents whose metadata holds all these entries
 */
public record AgentListRequest(Integer pageSize, Integer page, String pageToken, Boolean deploymentChat,
                               List<RequestSource> sources, String name, String search, String id,
                               Map<String, Object> metadata) {

    static final int MAX_PAGE_SIZE = 1000;

    /** Copies {@code sources} and {@code metadata}; prefer {@link #builder()}, which also validates. */
    public AgentListRequest {
        sources = sources == null ? null : List.copyOf(sources);
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** Every agent, with the server's page size. */
    public static AgentListRequest all() {
        return builder().build();
    }

    /** Starts with no filter and the server's page size. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's values, to derive a changed copy (the next page, say). */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.pageSize = pageSize;
        b.page = page;
        b.pageToken = pageToken;
        b.deploymentChat = deploymentChat;
        b.sources = sources;
        b.name = name;
        b.search = search;
        b.id = id;
        b.metadata = metadata;
        return b;
    }

    /** Builds and validates an {@link AgentListRequest}. */
    public static final class Builder {
        private Integer pageSize;
        private Integer page;
        private String pageToken;
        private Boolean deploymentChat;
        private List<RequestSource> sources;
        private String name;
        private String search;
        private String id;
        private Map<String, Object> metadata;

        private Builder() {
        }

        /** Agents per page, 1 to 1000. */
        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** The first page to fetch by number, from 0 ({@link AgentsService#listByPageNumber} only). */
        public Builder page(int page) {
            this.page = page;
            return this;
        }

        /** The cursor to start from ({@link AgentsService#list} only). */
        public Builder pageToken(String pageToken) {
            this.pageToken = pageToken;
            return this;
        }

        /** Only agents offered in Le Chat (true) or only those not offered (false). */
        public Builder deploymentChat(boolean deploymentChat) {
            this.deploymentChat = deploymentChat;
            return this;
        }

        /** Only agents made through one of these sources. */
        public Builder sources(RequestSource... sources) {
            this.sources = List.of(sources);
            return this;
        }

        /** Only agents made through one of these sources; null lifts the filter. */
        public Builder sources(List<RequestSource> sources) {
            this.sources = sources;
            return this;
        }

        /** Only agents with exactly this name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Only agents whose name or id contains this text. */
        public Builder search(String search) {
            this.search = search;
            return this;
        }

        /** Only the agent with this id. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Only agents whose metadata holds all these entries. */
        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata;
            return this;
        }

        /** Validates and builds; a {@link ValidationException} names the first wrong field. */
        public AgentListRequest build() {
            if (pageSize != null && (pageSize < 1 || pageSize > MAX_PAGE_SIZE)) {
                throw new ValidationException("pageSize", "must be between 1 and " + MAX_PAGE_SIZE + ", was "
                        + pageSize);
            }
            Require.atLeast("page", page, 0);
            Checks.requireNotBlankIfSet("pageToken", pageToken);
            Require.noNulls("sources", sources);
            return new AgentListRequest(pageSize, page, pageToken, deploymentChat, sources, name, search, id, metadata);
        }
    }
}

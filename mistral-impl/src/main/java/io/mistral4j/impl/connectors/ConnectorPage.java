package io.mistral4j.impl.connectors;

import io.mistral4j.connectors.Connector;
import java.util.List;

/** The body of {@code GET /v1/connectors} (the spec's {@code PaginatedConnectors}). */
record ConnectorPage(List<Connector> items, Pagination pagination) {

    ConnectorPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The cursor of the next page, or null on the last. */
    String nextCursor() {
        return pagination == null ? null : pagination.nextCursor();
    }

    /** The spec's {@code PaginationResponse}. */
    record Pagination(String nextCursor, Integer pageSize) {
    }
}

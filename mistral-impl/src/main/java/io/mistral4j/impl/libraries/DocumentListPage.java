package io.mistral4j.impl.libraries;

import io.mistral4j.libraries.Document;
import java.util.List;

/** The body of {@code GET .../documents} (the spec's {@code ListDocumentsResponse}). */
record DocumentListPage(Pagination pagination, List<Document> data) {

    DocumentListPage {
        data = data == null ? List.of() : List.copyOf(data);
    }

    Long totalItems() {
        return pagination == null ? null : pagination.totalItems();
    }

    /** The spec's {@code PaginationInfo}. */
    record Pagination(Long totalItems, Integer totalPages, Integer currentPage, Integer pageSize, Boolean hasMore) {
    }
}

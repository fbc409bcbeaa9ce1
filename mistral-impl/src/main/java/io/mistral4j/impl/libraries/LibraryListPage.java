package io.mistral4j.impl.libraries;

import io.mistral4j.libraries.Library;
import java.util.List;

/** The body of {@code GET /v1/libraries} (the spec's {@code ListLibrariesResponse}). */
record LibraryListPage(List<Library> data, String nextPageToken) {

    LibraryListPage {
        data = data == null ? List.of() : List.copyOf(data);
    }
}

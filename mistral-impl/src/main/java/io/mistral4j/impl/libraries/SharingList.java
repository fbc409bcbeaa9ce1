package io.mistral4j.impl.libraries;

import io.mistral4j.libraries.Sharing;
import java.util.List;

/** The body of {@code GET /v1/libraries/{library_id}/share} (the spec's {@code ListSharingResponse}). */
record SharingList(List<Sharing> data) {

    SharingList {
        data = data == null ? List.of() : List.copyOf(data);
    }
}

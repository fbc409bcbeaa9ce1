package io.mistral4j.impl.libraries;

import io.mistral4j.impl.operation.CallSpec;

/** A document by its library's id and its own. */
record DocumentRef(String libraryId, String documentId) {

    /** Puts both ids in the path. */
    CallSpec into(CallSpec call) {
        return call.path("libraryId", libraryId).path("documentId", documentId);
    }
}

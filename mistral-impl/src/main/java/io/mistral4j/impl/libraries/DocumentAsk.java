package io.mistral4j.impl.libraries;

/** The input of an operation on one document that takes one more argument. */
record DocumentAsk<A>(String libraryId, String documentId, A arg) {

    DocumentRef ref() {
        return new DocumentRef(libraryId, documentId);
    }
}

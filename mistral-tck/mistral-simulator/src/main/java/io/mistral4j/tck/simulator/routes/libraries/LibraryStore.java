package io.mistral4j.tck.simulator.routes.libraries;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The libraries of one simulator, in creation order, each with its documents and sharings. */
final class LibraryStore {

    /** A library: its description as the API renders it, less the counts, which follow its documents. */
    static final class StoredLibrary {
        final JsonObject json;
        final Map<String, StoredDocument> documents = new LinkedHashMap<>();
        /** Who it is shared with, by the id of who (the owner's entry first). */
        final Map<String, JsonObject> sharings = new LinkedHashMap<>();

        StoredLibrary(JsonObject json) {
            this.json = json;
        }

        String id() {
            return json.get("id").getAsString();
        }

        synchronized JsonObject render() {
            JsonObject out = json.deepCopy();
            out.addProperty("nb_documents", documents.size());
            out.addProperty("total_size", documents.values().stream().mapToLong(d -> d.content.length).sum());
            return out;
        }
    }

    /** A document: its description (less what processing sets), its content and its processing. */
    static final class StoredDocument {
        final JsonObject json;
        final byte[] content;
        final DocumentText text;
        volatile DocumentProcessing processing;

        StoredDocument(JsonObject json, byte[] content, DocumentText text, DocumentProcessing processing) {
            this.json = json;
            this.content = content;
            this.text = text;
            this.processing = processing;
        }

        String id() {
            return json.get("id").getAsString();
        }
    }

    private final Map<String, StoredLibrary> libraries = new LinkedHashMap<>();

    synchronized void put(StoredLibrary library) {
        libraries.put(library.id(), library);
    }

    synchronized Optional<StoredLibrary> find(String id) {
        return Optional.ofNullable(libraries.get(id));
    }

    synchronized void remove(String id) {
        libraries.remove(id);
    }

    synchronized List<StoredLibrary> all() {
        return new ArrayList<>(libraries.values());
    }
}

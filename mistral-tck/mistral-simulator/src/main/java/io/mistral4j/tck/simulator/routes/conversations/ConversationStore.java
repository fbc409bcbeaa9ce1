package io.mistral4j.tck.simulator.routes.conversations;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The conversations the simulator keeps: each one's description and its entries in order. */
final class ConversationStore {

    /** A stored conversation: what {@code GET} answers, and its entries. */
    record Stored(JsonObject info, List<JsonObject> entries) {
        Stored {
            entries = new ArrayList<>(entries);
        }

        String id() {
            return info.get("id").getAsString();
        }

        /** The entries up to and including {@code entryId}, or empty when it is not one of them. */
        Optional<List<JsonObject>> upTo(String entryId) {
            for (int i = 0; i < entries.size(); i++) {
                if (entryId.equals(entries.get(i).get("id").getAsString())) {
                    return Optional.of(new ArrayList<>(entries.subList(0, i + 1)));
                }
            }
            return Optional.empty();
        }
    }

    private final Map<String, Stored> conversations = new LinkedHashMap<>();

    synchronized void put(Stored conversation) {
        conversations.put(conversation.id(), conversation);
    }

    synchronized Optional<Stored> find(String id) {
        Stored stored = conversations.get(id);
        return stored == null ? Optional.empty()
                : Optional.of(new Stored(stored.info().deepCopy(), stored.entries()));
    }

    synchronized boolean remove(String id) {
        return conversations.remove(id) != null;
    }

    /** Every conversation, newest first. */
    synchronized List<Stored> newestFirst() {
        List<Stored> all = new ArrayList<>(conversations.values());
        java.util.Collections.reverse(all);
        return all;
    }
}

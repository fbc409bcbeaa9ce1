package io.mistral4j.tck.simulator.routes.connectors;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The connectors of one simulator, in creation order. Each keeps what it renders apart from
 * what it must never answer back: the secret header values, the OAuth client secret and the
 * stored credentials' secrets are held here and no rendering reads them.
 */
final class ConnectorStore {

    /** The levels a connector is activated at and credentials are stored at. */
    enum Level {
        USER("user"), WORKSPACE("workspace"), ORGANIZATION("organization");

        final String wire;

        Level(String wire) {
            this.wire = wire;
        }

        /** The consumer type credentials of this level report as their {@code scope}. */
        String consumerType() {
            return this == ORGANIZATION ? "org" : wire;
        }

        static Optional<Level> of(String wire) {
            for (Level level : values()) {
                if (level.wire.equals(wire)) {
                    return Optional.of(level);
                }
            }
            return Optional.empty();
        }
    }

    /** Stored credentials: what lists show of them, and their secret part, which nothing shows. */
    record StoredCredentials(JsonObject info, JsonObject secret) {
        String authType() {
            return info.get("authentication_type").getAsString();
        }

        boolean isDefault() {
            return info.get("is_default").getAsBoolean();
        }
    }

    static final class StoredConnector {
        /** The connector as the API renders it, less {@code active} and the credentials, which follow the state. */
        final JsonObject json;
        /** Secrets given at creation or update (header values, client secrets), kept and never rendered. */
        final JsonObject secrets = new JsonObject();
        final Set<Level> activeAt = EnumSet.noneOf(Level.class);
        final Map<Level, Map<String, StoredCredentials>> credentials = new LinkedHashMap<>();

        StoredConnector(JsonObject json) {
            this.json = json;
            for (Level level : Level.values()) {
                credentials.put(level, new LinkedHashMap<>());
            }
        }

        String id() {
            return json.get("id").getAsString();
        }

        String name() {
            return json.get("name").getAsString();
        }
    }

    private final Map<String, StoredConnector> connectors = new LinkedHashMap<>();

    synchronized void put(StoredConnector connector) {
        connectors.put(connector.id(), connector);
    }

    /** By id, else by name, as the API's {@code connector_id_or_name} reads. */
    synchronized Optional<StoredConnector> find(String idOrName) {
        StoredConnector byId = connectors.get(idOrName);
        if (byId != null) {
            return Optional.of(byId);
        }
        return connectors.values().stream().filter(c -> c.name().equals(idOrName)).findFirst();
    }

    synchronized boolean nameTaken(String name, String exceptId) {
        return connectors.values().stream().anyMatch(c -> c.name().equals(name) && !c.id().equals(exceptId));
    }

    synchronized void remove(String id) {
        connectors.remove(id);
    }

    synchronized List<StoredConnector> all() {
        return new ArrayList<>(connectors.values());
    }
}

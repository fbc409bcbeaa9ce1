package io.mistral4j.tck.simulator.state;

import io.mistral4j.tck.simulator.wire.Json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The agents of one simulator instance. Each agent keeps every version it had (a snapshot of
 * its versioned fields: model, name, instructions, tools, ...), a current version, aliases and
 * the fields that are not versioned (deployment_chat, source). Creation makes version 0, each
 * update the next number from the current version's fields; switching only moves the pointer.
 * Reads return fresh JSON in the spec's {@code Agent} shape. Thread-safe.
 */
public final class AgentStore {

    /** Fields that belong to a version; the request schemas' fields minus deployment_chat. */
    private static final List<String> VERSIONED = List.of("instructions", "tools", "completion_args", "guardrails",
            "model", "name", "description", "handoffs", "metadata", "version_message");
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** A lookup that found no agent, version or alias; the routes answer 404 with its message. */
    public static final class Missing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Missing(String message) {
            super(message, null, false, false);
        }
    }

    private record Version(int number, JsonObject fields, Instant createdAt) {
    }

    private record Alias(String name, int version, Instant createdAt, Instant updatedAt) {
    }

    private static final class Stored {
        final String id;
        final long sequence;
        final Instant createdAt;
        final List<Version> versions = new ArrayList<>();
        final Map<String, Alias> aliases = new LinkedHashMap<>();
        int current;
        boolean deploymentChat;
        Instant updatedAt;

        Stored(String id, long sequence, Instant createdAt) {
            this.id = id;
            this.sequence = sequence;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
        }
    }

    /** An agent as listed: its view at the current version and its creation order. */
    public record Listed(long sequence, JsonObject view) {
    }

    private final Clock clock;
    private final Map<String, Stored> agents = new LinkedHashMap<>();
    private long created;

    public AgentStore(Clock clock) {
        this.clock = clock;
    }

    public synchronized JsonObject create(JsonObject request) {
        long sequence = ++created;
        String id = "ag_" + UUID.nameUUIDFromBytes(("agent:" + sequence).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
        Stored agent = new Stored(id, sequence, clock.instant());
        agent.versions.add(new Version(0, versioned(request), agent.createdAt));
        agents.put(id, agent);
        return view(agent, 0);
    }

    /** The agent at its current version. */
    public synchronized JsonObject current(String id) {
        Stored agent = agent(id);
        return view(agent, agent.current);
    }

    /** The agent at a version number or alias. */
    public synchronized JsonObject at(String id, String versionOrAlias) {
        Stored agent = agent(id);
        return view(agent, resolve(agent, versionOrAlias));
    }

    /** Applies a patch as a new version on top of the current one and makes it current. */
    public synchronized JsonObject update(String id, JsonObject patch) {
        Stored agent = agent(id);
        JsonObject fields = agent.versions.get(agent.current).fields().deepCopy();
        fields.remove("version_message");
        for (Map.Entry<String, JsonElement> entry : patch.entrySet()) {
            boolean required = entry.getKey().equals("model") || entry.getKey().equals("name");
            if (VERSIONED.contains(entry.getKey()) && !(required && entry.getValue().isJsonNull())) {
                // null clears an optional field; for model and name it means "unchanged"
                fields.add(entry.getKey(), entry.getValue().deepCopy());
            }
        }
        JsonElement deploymentChat = patch.get("deployment_chat");
        if (Json.isBoolean(deploymentChat)) {
            agent.deploymentChat = deploymentChat.getAsBoolean();
        }
        Instant now = clock.instant();
        int number = agent.versions.size();
        agent.versions.add(new Version(number, fields, now));
        agent.current = number;
        agent.updatedAt = now;
        return view(agent, number);
    }

    public synchronized JsonObject switchVersion(String id, int version) {
        Stored agent = agent(id);
        requireVersion(agent, version);
        agent.current = version;
        agent.updatedAt = clock.instant();
        return view(agent, version);
    }

    public synchronized void delete(String id) {
        if (agents.remove(id) == null) {
            throw missingAgent(id);
        }
    }

    /** Every agent passing {@code filter}, newest first. */
    public synchronized List<Listed> list(Predicate<JsonObject> filter) {
        List<Listed> out = new ArrayList<>();
        for (Stored agent : agents.values()) {
            JsonObject view = view(agent, agent.current);
            if (filter.test(view)) {
                out.add(new Listed(agent.sequence, view));
            }
        }
        out.sort(Comparator.comparingLong(Listed::sequence).reversed());
        return out;
    }

    /** The agent at each of its versions, newest version first. */
    public synchronized List<JsonObject> versions(String id) {
        Stored agent = agent(id);
        List<JsonObject> out = new ArrayList<>();
        for (int v = agent.versions.size() - 1; v >= 0; v--) {
            out.add(view(agent, v));
        }
        return out;
    }

    public synchronized JsonObject setAlias(String id, String alias, int version) {
        Stored agent = agent(id);
        requireVersion(agent, version);
        Instant now = clock.instant();
        Alias old = agent.aliases.get(alias);
        Alias updated = new Alias(alias, version, old == null ? now : old.createdAt(), now);
        agent.aliases.put(alias, updated);
        return aliasJson(updated);
    }

    public synchronized JsonArray aliases(String id) {
        JsonArray out = new JsonArray();
        agent(id).aliases.values().forEach(alias -> out.add(aliasJson(alias)));
        return out;
    }

    public synchronized void deleteAlias(String id, String alias) {
        if (agent(id).aliases.remove(alias) == null) {
            throw new Missing("Alias " + alias + " not found for agent " + id);
        }
    }

    private Stored agent(String id) {
        Stored agent = agents.get(id);
        if (agent == null) {
            throw missingAgent(id);
        }
        return agent;
    }

    private static Missing missingAgent(String id) {
        return new Missing("Agent not found: " + id);
    }

    private static void requireVersion(Stored agent, int version) {
        if (version < 0 || version >= agent.versions.size()) {
            throw new Missing("Version " + version + " not found for agent " + agent.id);
        }
    }

    private static int resolve(Stored agent, String versionOrAlias) {
        if (versionOrAlias.matches("\\d{1,9}")) {
            int version = Integer.parseInt(versionOrAlias);
            requireVersion(agent, version);
            return version;
        }
        Alias alias = agent.aliases.get(versionOrAlias);
        if (alias == null) {
            throw new Missing("Alias " + versionOrAlias + " not found for agent " + agent.id);
        }
        return alias.version();
    }

    private static JsonObject versioned(JsonObject request) {
        JsonObject fields = new JsonObject();
        for (String name : VERSIONED) {
            JsonElement value = request.get(name);
            if (value != null) {
                fields.add(name, value.deepCopy());
            }
        }
        return fields;
    }

    /** The spec's Agent: every required field, nullable ones as null, fields in the spec's order. */
    private static JsonObject view(Stored agent, int number) {
        Version version = agent.versions.get(number);
        JsonObject fields = version.fields();
        JsonObject out = new JsonObject();
        out.add("instructions", orNull(fields, "instructions"));
        out.add("tools", fields.has("tools") ? fields.get("tools").deepCopy() : new JsonArray());
        out.add("completion_args", completionArgs(fields));
        out.add("guardrails", orNull(fields, "guardrails"));
        out.add("model", fields.get("model").deepCopy());
        out.add("name", fields.get("name").deepCopy());
        out.add("description", orNull(fields, "description"));
        out.add("handoffs", orNull(fields, "handoffs"));
        out.add("metadata", orNull(fields, "metadata"));
        out.addProperty("object", "agent");
        out.addProperty("id", agent.id);
        out.addProperty("version", number);
        JsonArray versions = new JsonArray();
        agent.versions.forEach(v -> versions.add(v.number()));
        out.add("versions", versions);
        out.addProperty("created_at", MICROS.format(agent.createdAt));
        out.addProperty("updated_at", MICROS.format(version.createdAt()));
        out.addProperty("deployment_chat", agent.deploymentChat);
        out.addProperty("source", "api");
        out.add("version_message", orNull(fields, "version_message"));
        return out;
    }

    /** The given arguments with the server's default tool choice filled in, as pydantic dumps them. */
    private static JsonObject completionArgs(JsonObject fields) {
        JsonObject args = Json.object(fields, "completion_args");
        JsonObject out = args == null ? new JsonObject() : args.deepCopy();
        if (!out.has("tool_choice")) {
            out.add("tool_choice", new JsonPrimitive("auto"));
        }
        return out;
    }

    private static JsonObject aliasJson(Alias alias) {
        JsonObject out = new JsonObject();
        out.addProperty("alias", alias.name());
        out.addProperty("version", alias.version());
        out.addProperty("created_at", MICROS.format(alias.createdAt()));
        out.addProperty("updated_at", MICROS.format(alias.updatedAt()));
        return out;
    }

    private static JsonElement orNull(JsonObject fields, String name) {
        JsonElement value = fields.get(name);
        return value == null ? JsonNull.INSTANCE : value.deepCopy();
    }
}

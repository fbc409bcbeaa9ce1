package io.mistral4j.tck.simulator.routes.connectors;

import static io.mistral4j.tck.simulator.wire.Shape.bool;
import static io.mistral4j.tck.simulator.wire.Shape.dict;
import static io.mistral4j.tck.simulator.wire.Shape.integer;
import static io.mistral4j.tck.simulator.wire.Shape.literal;
import static io.mistral4j.tck.simulator.wire.Shape.model;
import static io.mistral4j.tck.simulator.wire.Shape.nullable;
import static io.mistral4j.tck.simulator.wire.Shape.str;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.mistral4j.tck.simulator.routes.connectors.ConnectorStore.Level;
import io.mistral4j.tck.simulator.routes.connectors.ConnectorStore.StoredConnector;
import io.mistral4j.tck.simulator.routes.connectors.ConnectorStore.StoredCredentials;
import io.mistral4j.tck.simulator.wire.ApiErrors;
import io.mistral4j.tck.simulator.wire.ApiRequest;
import io.mistral4j.tck.simulator.wire.Json;
import io.mistral4j.tck.simulator.wire.QueryParams;
import io.mistral4j.tck.simulator.wire.Reply;
import io.mistral4j.tck.simulator.wire.Shape;
import io.mistral4j.tck.simulator.wire.ValidatedBody;
import io.mistral4j.tck.simulator.wire.Violations;
import java.util.List;
import java.util.Map;

/**
 * Credentials of a connector per level: created or updated, listed by name and status, deleted.
 * Their secret part is stored apart and no answer carries it, not even masked.
 */
final class ConnectorCredentials {

    static final Shape SAVE = model("CredentialsCreateOrUpdate")
            .req("name", str())
            .opt("title", nullable(str(null, 255)))
            .opt("is_default", nullable(bool()))
            .opt("credentials", nullable(model("ConnectionCredentials")
                    .opt("oauth", nullable(model("OAuth2Token")
                            .req("access_token", str())
                            .opt("token_type", literal("Bearer"))
                            .opt("expires_in", nullable(integer(null)))
                            .opt("scope", nullable(str()))
                            .opt("refresh_token", nullable(str()))
                            .opt("expires_at", nullable(str()))
                            .open().build()))
                    .opt("headers", nullable(dict()))
                    .opt("bearer_token", nullable(str()))
                    .opt("github_installation_id", nullable(str()))
                    .open().build()))
            .open().build();
    private static final List<String> METHODS = List.of("oauth2", "bearer", "none", "github_app", "slack_app");

    Reply list(ApiRequest request, StoredConnector connector, Level level) {
        Violations violations = new Violations();
        QueryParams query = QueryParams.parse(request.query());
        String authType = query.choice("auth_type", METHODS, violations.list());
        query.bool("fetch_default", violations.list());
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        JsonArray infos = new JsonArray();
        synchronized (connector) {
            connector.credentials.get(level).values().stream()
                    .filter(c -> authType == null || c.authType().equals(authType))
                    .forEach(c -> infos.add(c.info().deepCopy()));
        }
        JsonObject body = new JsonObject();
        body.add("credentials", infos);
        body.add("connector_preset_credentials_for_auth", new JsonArray());
        return Reply.Json.ok(body);
    }

    Reply save(ApiRequest request, StoredConnector connector, Level level) {
        ValidatedBody body = ValidatedBody.of(request, SAVE);
        if (body.error() != null) {
            return body.error();
        }
        JsonObject save = body.object();
        Violations violations = new Violations();
        ConnectorChecks.name(save, "name", List.of("body", "name"), violations);
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        String name = save.get("name").getAsString();
        JsonElement secret = save.get("credentials");
        String authType = authTypeOf(secret);
        JsonElement isDefault = save.get("is_default");
        Boolean wantsDefault = Json.isBoolean(isDefault) ? isDefault.getAsBoolean() : null;
        synchronized (connector) {
            Map<String, StoredCredentials> stored = connector.credentials.get(level);
            StoredCredentials existing = stored.get(name);
            boolean anyOfMethod = stored.values().stream()
                    .anyMatch(c -> c.authType().equals(authType) && !c.info().get("name").getAsString().equals(name));
            boolean makeDefault;
            if (existing == null) {
                if (!anyOfMethod && Boolean.FALSE.equals(wantsDefault)) {
                    return ApiErrors.badRequest("The first credentials of a method must be its default");
                }
                makeDefault = !anyOfMethod || Boolean.TRUE.equals(wantsDefault);
            } else {
                if (Boolean.FALSE.equals(wantsDefault) && existing.isDefault()) {
                    return ApiErrors.badRequest("Promote other credentials to default first");
                }
                makeDefault = wantsDefault == null ? existing.isDefault() : wantsDefault;
            }
            if (makeDefault) {
                stored.values().stream().filter(c -> c.authType().equals(authType))
                        .forEach(c -> c.info().addProperty("is_default", false));
            }
            JsonObject info = new JsonObject();
            info.addProperty("name", name);
            JsonElement title = save.get("title");
            info.add("title", title == null ? JsonNull.INSTANCE : title);
            info.addProperty("authentication_type", authType);
            info.addProperty("scope", level.consumerType());
            JsonObject status = new JsonObject();
            status.addProperty("status_type", "valid");
            status.add("last_checked_at", JsonNull.INSTANCE);
            info.add("status", status);
            info.addProperty("is_default", makeDefault);
            JsonObject kept = ConnectorsRoutes.isObject(secret) ? secret.getAsJsonObject().deepCopy() : new JsonObject();
            stored.put(name, new StoredCredentials(info, kept));
        }
        return ConnectorsRoutes.message("Credentials " + name + " saved for " + level.wire);
    }

    Reply delete(ApiRequest request, StoredConnector connector, Level level) {
        String name = request.pathParam("credentials_name");
        JsonObject path = new JsonObject();
        path.addProperty("credentials_name", name);
        Violations violations = new Violations();
        ConnectorChecks.name(path, "credentials_name", List.of("path", "credentials_name"), violations);
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        synchronized (connector) {
            if (connector.credentials.get(level).remove(name) == null) {
                return ApiErrors.notFound("Credentials " + name + " not found at " + level.wire + " level");
            }
        }
        return ConnectorsRoutes.message("Credentials " + name + " deleted");
    }

    Reply deleteAll(StoredConnector connector, Level level) {
        int count;
        synchronized (connector) {
            count = connector.credentials.get(level).size();
            connector.credentials.get(level).clear();
        }
        return ConnectorsRoutes.message(count + " credentials deleted");
    }

    /** The caller's credentials as a connector shows them: names and status. */
    JsonArray infos(StoredConnector connector, Level level) {
        JsonArray out = new JsonArray();
        synchronized (connector) {
            connector.credentials.get(level).values().forEach(c -> out.add(c.info().deepCopy()));
        }
        return out;
    }

    boolean exists(StoredConnector connector, String name) {
        synchronized (connector) {
            return connector.credentials.values().stream().anyMatch(byName -> byName.containsKey(name));
        }
    }

    boolean hasAny(StoredConnector connector) {
        synchronized (connector) {
            return connector.credentials.values().stream().anyMatch(byName -> !byName.isEmpty());
        }
    }

    boolean hasDefault(StoredConnector connector, String authType) {
        synchronized (connector) {
            return connector.credentials.values().stream().flatMap(byName -> byName.values().stream())
                    .anyMatch(c -> c.isDefault() && c.authType().equals(authType));
        }
    }

    /** The method credentials are for, from what they hold. */
    private static String authTypeOf(JsonElement secret) {
        if (!ConnectorsRoutes.isObject(secret)) {
            return "none";
        }
        JsonObject credentials = secret.getAsJsonObject();
        if (present(credentials, "oauth")) {
            return "oauth2";
        }
        if (present(credentials, "github_installation_id")) {
            return "github_app";
        }
        return present(credentials, "bearer_token") || present(credentials, "headers") ? "bearer" : "none";
    }

    private static boolean present(JsonObject object, String field) {
        return object.has(field) && !object.get(field).isJsonNull();
    }
}

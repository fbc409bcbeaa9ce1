package io.mistral4j.tck.simulator.routes.connectors;

import static io.mistral4j.tck.simulator.wire.Shape.bool;
import static io.mistral4j.tck.simulator.wire.Shape.dict;
import static io.mistral4j.tck.simulator.wire.Shape.enumOf;
import static io.mistral4j.tck.simulator.wire.Shape.listOf;
import static io.mistral4j.tck.simulator.wire.Shape.literal;
import static io.mistral4j.tck.simulator.wire.Shape.model;
import static io.mistral4j.tck.simulator.wire.Shape.nullable;
import static io.mistral4j.tck.simulator.wire.Shape.str;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.mistral4j.tck.simulator.routes.connectors.ConnectorStore.Level;
import io.mistral4j.tck.simulator.routes.connectors.ConnectorStore.StoredConnector;
import io.mistral4j.tck.simulator.wire.ApiErrors;
import io.mistral4j.tck.simulator.wire.ApiRequest;
import io.mistral4j.tck.simulator.wire.Json;
import io.mistral4j.tck.simulator.wire.Paging;
import io.mistral4j.tck.simulator.wire.QueryParams;
import io.mistral4j.tck.simulator.wire.Reply;
import io.mistral4j.tck.simulator.wire.ResourceIds;
import io.mistral4j.tck.simulator.wire.RouteFamily;
import io.mistral4j.tck.simulator.wire.Router;
import io.mistral4j.tck.simulator.wire.Shape;
import io.mistral4j.tck.simulator.wire.ValidatedBody;
import io.mistral4j.tck.simulator.wire.Violations;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code /v1/connectors}: MCP connectors (create, cursor-paged list, read by id or name, patch,
 * delete), sharing with the organization, activation per level, their tools (listed and called
 * deterministically, {@link ConnectorTools}), their authentication methods and authorization
 * URL, and credentials per level ({@link ConnectorCredentials}). Secrets sent in (header
 * values, client secrets, tokens) are stored apart and never rendered in any answer.
 */
public final class ConnectorsRoutes implements RouteFamily {

    static final String OWNER_ID = "00000000-0000-4000-8000-0000000000a1";
    /** What a secret header value renders as, as the API redacts it. */
    static final String MASK = "**********";
    static final List<String> INTERACTIVE = List.of("oauth2", "github_app", "slack_app");

    private static final Shape GLOBAL_HEADERS = dict();
    static final Shape CREATE = model("CreateConnectorRequest")
            .opt("protocol", literal("mcp"))
            .req("name", str())
            .opt("title", nullable(str(null, 255)))
            .req("description", str())
            .opt("icon_url", nullable(str()))
            .opt("visibility", enumOf("shared_org", "shared_workspace", "private"))
            .req("server", str(1, 2083))
            .opt("headers", nullable(dict()))
            .opt("global_headers", GLOBAL_HEADERS)
            .opt("auth_data", nullable(model("AuthData").req("client_id", str())
                    .opt("client_secret", nullable(str())).open().build()))
            .opt("oauth2_server_metadata", nullable(dict()))
            .opt("oauth2_server_metadata_url", nullable(str(1, 2083)))
            .opt("system_prompt", nullable(str()))
            .open().build();
    static final Shape AUTH_METHOD = model("AuthenticationMethodCreateOrUpdateRequest")
            .req("method_type", enumOf("oauth2", "bearer", "none", "github_app", "slack_app", "webhook"))
            .opt("auth_direction", enumOf("inbound", "outbound"))
            .opt("headers", nullable(listOf(model("ConnectorAuthenticationHeader").req("name", str())
                    .opt("is_required", bool()).opt("is_secret", bool()).open().build())))
            .opt("global_headers", GLOBAL_HEADERS)
            .opt("oauth2_metadata_secrets", nullable(dict()))
            .opt("oauth2_server_metadata", nullable(dict()))
            .open().build();
    static final Shape UPDATE = model("UpdateConnectorRequest")
            .opt("title", nullable(str(null, 255)))
            .opt("name", nullable(str()))
            .opt("description", nullable(str()))
            .opt("icon_url", nullable(str()))
            .opt("system_prompt", nullable(str()))
            .opt("protocol", literal("mcp"))
            .opt("server", nullable(str(1, 2083)))
            .opt("auth_methods", nullable(listOf(AUTH_METHOD)))
            .open().build();
    static final Shape CALL = model("ConnectorCallToolRequest").opt("arguments", dict()).open().build();

    private final ConnectorStore store = new ConnectorStore();
    private final ConnectorCredentials credentials = new ConnectorCredentials();
    private final InstantSource clock;
    private final ResourceIds ids;

    public ConnectorsRoutes(InstantSource clock, ResourceIds ids) {
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public void register(Router router) {
        String byId = "/v1/connectors/{connector_id}";
        String byIdOrName = "/v1/connectors/{connector_id_or_name}";
        router.add("GET", "/v1/connectors", this::list);
        router.add("POST", "/v1/connectors", this::create);
        router.add("GET", byIdOrName, this::get);
        router.add("PATCH", byId, request -> withId(request, c -> update(request, c)));
        router.add("DELETE", byId, request -> withId(request, c -> {
            store.remove(c.id());
            return message("Connector " + c.id() + " deleted");
        }));
        router.add("GET", byIdOrName + "/auth_url", request -> withIdOrName(request, c -> authUrl(request, c)));
        router.add("PUT", byId + "/share", request -> withId(request, c -> share(c, "shared_org")));
        router.add("DELETE", byId + "/share", request -> withId(request, c -> share(c, "private")));
        router.add("POST", byId + "/{consumer_scope}/activate", request -> activate(request, true));
        router.add("POST", byId + "/{consumer_scope}/deactivate", request -> activate(request, false));
        router.add("GET", byIdOrName + "/tools", request -> withIdOrName(request, c -> tools(request, c)));
        router.add("POST", byIdOrName + "/tools/{tool_name}/call",
                request -> withIdOrName(request, c -> callTool(request, c)));
        router.add("GET", byIdOrName + "/authentication_methods",
                request -> withIdOrName(request, c -> Reply.Json.ok(authMethods(c))));
        for (Level level : Level.values()) {
            String path = byIdOrName + "/" + level.wire + "/credentials";
            router.add("GET", path, request -> withIdOrName(request, c -> credentials.list(request, c, level)));
            router.add("POST", path, request -> withIdOrName(request, c -> credentials.save(request, c, level)));
            router.add("DELETE", path + "/{credentials_name}",
                    request -> withIdOrName(request, c -> credentials.delete(request, c, level)));
        }
        router.add("DELETE", byIdOrName + "/user/credentials",
                request -> withIdOrName(request, c -> credentials.deleteAll(c, Level.USER)));
    }

    private Reply list(ApiRequest request) {
        Violations violations = new Violations();
        QueryParams query = QueryParams.parse(request.query());
        int pageSize = QueryParams.orDefault(query.integer("page_size", false, 1L, 1000L, violations.list()), 100);
        Boolean active = query.bool("active", violations.list());
        JsonObject filters = query.jsonObject("query_filters", violations.list());
        if (filters != null && Json.isBoolean(filters.get("active"))) {
            active = filters.get("active").getAsBoolean();
        }
        int offset = Paging.offsetOf(query.string("cursor"));
        if (offset < 0) {
            return ApiErrors.badRequest("cursor is not a cursor this server handed out");
        }
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        Boolean wanted = active;
        List<StoredConnector> matching = store.all().stream()
                .filter(c -> wanted == null || isActive(c) == wanted).toList();
        JsonArray items = new JsonArray();
        matching.stream().skip(offset).limit(pageSize).forEach(c -> items.add(render(c, false)));
        JsonObject pagination = new JsonObject();
        int next = offset + pageSize;
        pagination.add("next_cursor", next < matching.size() ? new JsonPrimitive(Integer.toString(next)) : JsonNull.INSTANCE);
        pagination.addProperty("page_size", pageSize);
        JsonObject body = new JsonObject();
        body.add("items", items);
        body.add("pagination", pagination);
        return Reply.Json.ok(body);
    }

    private Reply create(ApiRequest request) {
        ValidatedBody body = ValidatedBody.of(request, CREATE);
        if (body.error() != null) {
            return body.error();
        }
        JsonObject create = body.object();
        Violations violations = new Violations();
        ConnectorChecks.name(create, "name", List.of("body", "name"), violations);
        ConnectorChecks.url(create, "server", List.of("body", "server"), violations);
        ConnectorChecks.url(create, "oauth2_server_metadata_url", List.of("body", "oauth2_server_metadata_url"),
                violations);
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        String name = create.get("name").getAsString();
        if (store.nameTaken(name, null)) {
            return ApiErrors.error(409, "A connector named " + name + " already exists", ApiErrors.INVALID_REQUEST,
                    "conflict");
        }
        String at = clock.instant().toString();
        JsonObject json = new JsonObject();
        json.addProperty("id", ids.next("connector"));
        json.addProperty("name", name);
        json.add("title", orNull(create.get("title")));
        json.add("description", create.get("description"));
        json.addProperty("created_at", at);
        json.addProperty("modified_at", at);
        json.add("server", create.get("server"));
        json.addProperty("protocol", "mcp");
        json.add("icon_url", orNull(create.get("icon_url")));
        json.addProperty("owner_id", OWNER_ID);
        json.addProperty("owner_type", "user");
        json.add("visibility", orDefault(create.get("visibility"), "private"));
        json.addProperty("creator_id", OWNER_ID);
        json.add("system_prompt", orNull(create.get("system_prompt")));
        json.addProperty("private_tool_execution", false);
        json.addProperty("mistral", false);
        StoredConnector connector = new StoredConnector(json);
        JsonElement headers = create.get("headers");
        if (headers != null && headers.isJsonObject()) {
            connector.secrets.add("headers", headers);
        }
        JsonArray methods = new JsonArray();
        JsonElement authData = create.get("auth_data");
        boolean oauth = (authData != null && authData.isJsonObject()) || isObject(create.get("oauth2_server_metadata"))
                || Json.isString(create.get("oauth2_server_metadata_url"));
        if (oauth) {
            JsonObject method = method("oauth2");
            if (isObject(create.get("oauth2_server_metadata"))) {
                method.add("oauth2_server_metadata", create.get("oauth2_server_metadata"));
            }
            methods.add(method);
            if (authData != null && authData.isJsonObject()) {
                connector.secrets.add("auth_data", authData);
            }
        }
        methods.add(method("bearer"));
        JsonElement global = create.get("global_headers");
        if (isObject(global)) {
            methods.forEach(m -> m.getAsJsonObject().add("global_headers", global.deepCopy()));
        }
        json.add("supported_auth_methods", methods);
        store.put(connector);
        return new Reply.Json(201, render(connector, false), Map.of(), 0);
    }

    private Reply get(ApiRequest request) {
        Violations violations = new Violations();
        QueryParams query = QueryParams.parse(request.query());
        Boolean userData = query.bool("fetch_user_data", violations.list());
        query.bool("fetch_customer_data", violations.list());
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        return withIdOrName(request, c -> Reply.Json.ok(render(c, Boolean.TRUE.equals(userData))));
    }

    private Reply update(ApiRequest request, StoredConnector connector) {
        ValidatedBody body = ValidatedBody.of(request, UPDATE);
        if (body.error() != null) {
            return body.error();
        }
        JsonObject update = body.object();
        Violations violations = new Violations();
        ConnectorChecks.name(update, "name", List.of("body", "name"), violations);
        ConnectorChecks.url(update, "server", List.of("body", "server"), violations);
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        if (Json.isString(update.get("name")) && store.nameTaken(update.get("name").getAsString(), connector.id())) {
            return ApiErrors.error(409, "A connector named " + update.get("name").getAsString() + " already exists",
                    ApiErrors.INVALID_REQUEST, "conflict");
        }
        synchronized (connector) {
            for (String field : List.of("title", "name", "description", "icon_url", "system_prompt", "server")) {
                JsonElement value = update.get(field);
                if (value != null && !value.isJsonNull()) {
                    connector.json.add(field, value);
                }
            }
            JsonElement methods = update.get("auth_methods");
            if (methods != null && methods.isJsonArray()) {
                methods.getAsJsonArray().forEach(m -> updateMethod(connector, m.getAsJsonObject()));
            }
            connector.json.addProperty("modified_at", clock.instant().toString());
        }
        return Reply.Json.ok(render(connector, false));
    }

    /** Adds or replaces the method of the same type; its client secrets are kept apart. */
    private static void updateMethod(StoredConnector connector, JsonObject change) {
        String type = change.get("method_type").getAsString();
        JsonArray methods = connector.json.getAsJsonArray("supported_auth_methods");
        JsonObject method = null;
        for (JsonElement existing : methods) {
            if (existing.getAsJsonObject().get("method_type").getAsString().equals(type)) {
                method = existing.getAsJsonObject();
            }
        }
        if (method == null) {
            method = method(type);
            methods.add(method);
        }
        for (String field : List.of("headers", "global_headers", "oauth2_server_metadata")) {
            JsonElement value = change.get(field);
            if (value != null && !value.isJsonNull()) {
                method.add(field, value);
            }
        }
        JsonElement secrets = change.get("oauth2_metadata_secrets");
        if (isObject(secrets)) {
            connector.secrets.add("oauth2_metadata_secrets/" + type, secrets);
        }
    }

    private Reply authUrl(ApiRequest request, StoredConnector connector) {
        Violations violations = new Violations();
        QueryParams query = QueryParams.parse(request.query());
        String method = query.choice("method_type", List.of("oauth2", "bearer", "none", "github_app", "slack_app"),
                violations.list());
        query.constrained("credentials_name", false, 1, 64, ConnectorChecks.NAME, violations.list());
        query.constrained("credentials_title", false, 0, 255, null, violations.list());
        query.bool("github_installation_link", violations.list());
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        String type = method == null ? "oauth2" : method;
        if (!INTERACTIVE.contains(type) || !supports(connector, type)) {
            return ApiErrors.badRequest("Connector " + connector.name() + " has no interactive " + type
                    + " authentication method");
        }
        String returnUrl = query.string("app_return_url");
        String url = "https://auth.simulator.invalid/" + type + "/authorize?connector=" + connector.id()
                + "&state=" + ids.next("auth-state")
                + (returnUrl == null ? "" : "&redirect=" + URLEncoder.encode(returnUrl, StandardCharsets.UTF_8));
        JsonObject body = new JsonObject();
        body.addProperty("auth_url", url);
        body.addProperty("ttl", 600);
        return Reply.Json.ok(body);
    }

    private Reply share(StoredConnector connector, String visibility) {
        synchronized (connector) {
            connector.json.addProperty("visibility", visibility);
        }
        return message("Connector " + connector.id() + (visibility.equals("private") ? " unshared" : " shared"));
    }

    private Reply activate(ApiRequest request, boolean on) {
        Violations violations = new Violations();
        String scope = request.pathParam("consumer_scope");
        List<String> scopes = List.of("user", "workspace", "organization");
        if (!scopes.contains(scope)) {
            violations.notOneOf(List.of("path", "consumer_scope"), scope, scopes);
        }
        String id = violations.uuid("connector_id", request.pathParam("connector_id"));
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        return store.find(id).filter(c -> c.id().equals(id)).<Reply>map(c -> {
            Level level = Level.of(scope).orElseThrow();
            synchronized (c) {
                if (on) {
                    c.activeAt.add(level);
                } else {
                    c.activeAt.remove(level);
                }
            }
            return message("Connector " + c.id() + (on ? " activated" : " deactivated") + " for " + scope);
        }).orElseGet(() -> notFound(id));
    }

    private Reply tools(ApiRequest request, StoredConnector connector) {
        Violations violations = new Violations();
        QueryParams query = QueryParams.parse(request.query());
        int page = QueryParams.orDefault(query.integer("page", false, null, null, violations.list()), 1);
        int pageSize = QueryParams.orDefault(query.integer("page_size", false, null, null, violations.list()), 100);
        query.bool("refresh", violations.list());
        Boolean pretty = query.bool("pretty", violations.list());
        String credentialsName = query.constrained("credentials_name", false, 1, 64, ConnectorChecks.NAME,
                violations.list());
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        if (credentialsName != null && !credentials.exists(connector, credentialsName)) {
            return ApiErrors.notFound("Credentials " + credentialsName + " not found");
        }
        JsonArray tools = new JsonArray();
        ConnectorTools.TOOLS.stream().skip((long) Math.max(0, page - 1) * Math.max(1, pageSize))
                .limit(Math.max(1, pageSize))
                .forEach(tool -> tools.add(ConnectorTools.mcpTool(tool, connector.name(), Boolean.TRUE.equals(pretty))));
        return Reply.Json.ok(tools);
    }

    private Reply callTool(ApiRequest request, StoredConnector connector) {
        ConnectorTools.Tool tool = ConnectorTools.find(request.pathParam("tool_name"));
        if (tool == null) {
            return ApiErrors.notFound("Tool " + request.pathParam("tool_name") + " not found on connector "
                    + connector.name());
        }
        Violations violations = new Violations();
        QueryParams query = QueryParams.parse(request.query());
        String credentialsName = query.constrained("credentials_name", false, 1, 64, ConnectorChecks.NAME,
                violations.list());
        ValidatedBody body = ValidatedBody.of(request, CALL);
        if (body.error() != null) {
            return body.error();
        }
        String value = ConnectorTools.argument(tool, body.object().get("arguments"));
        if (value == null) {
            violations.missing(List.of("body", "arguments", tool.argument()));
        }
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        if (credentialsName != null && !credentials.exists(connector, credentialsName)) {
            return ApiErrors.notFound("Credentials " + credentialsName + " not found");
        }
        return Reply.Json.ok(ConnectorTools.call(tool, connector.name(), value));
    }

    /** The connector as the API answers it, its secrets left out and secret header values masked. */
    private JsonObject render(StoredConnector connector, boolean userData) {
        JsonObject out;
        synchronized (connector) {
            out = connector.json.deepCopy();
            out.remove("supported_auth_methods");
            out.add("supported_auth_methods", authMethods(connector));
            out.addProperty("active", isActive(connector));
            out.addProperty("is_authenticated", credentials.hasAny(connector));
            JsonObject config = new JsonObject();
            config.addProperty("type", "mcp");
            config.add("base_url", connector.json.get("server"));
            JsonElement headers = connector.secrets.get("headers");
            if (isObject(headers)) {
                JsonObject masked = new JsonObject();
                headers.getAsJsonObject().keySet().forEach(name -> masked.addProperty(name, MASK));
                config.add("headers", masked);
            }
            out.add("connection_config", config);
            out.add("connection_credentials", userData ? credentials.infos(connector, Level.USER) : JsonNull.INSTANCE);
        }
        JsonArray tools = new JsonArray();
        ConnectorTools.TOOLS.forEach(tool -> tools.add(ConnectorTools.connectorTool(tool, out)));
        out.add("tools", tools);
        return out;
    }

    /** The methods with their secret global header values masked, and whether default credentials exist. */
    private JsonArray authMethods(StoredConnector connector) {
        JsonArray out = new JsonArray();
        synchronized (connector) {
            for (JsonElement stored : connector.json.getAsJsonArray("supported_auth_methods")) {
                JsonObject method = stored.getAsJsonObject().deepCopy();
                JsonElement global = method.get("global_headers");
                if (isObject(global)) {
                    JsonObject masked = new JsonObject();
                    global.getAsJsonObject().entrySet().forEach(e -> masked.add(e.getKey(), maskedHeader(e.getValue())));
                    method.add("global_headers", masked);
                }
                method.addProperty("has_default_credentials",
                        credentials.hasDefault(connector, method.get("method_type").getAsString()));
                out.add(method);
            }
        }
        return out;
    }

    private static JsonObject maskedHeader(JsonElement header) {
        JsonObject out = new JsonObject();
        boolean secret = !isObject(header) || !header.getAsJsonObject().has("is_secret")
                || !Json.isBoolean(header.getAsJsonObject().get("is_secret"))
                || header.getAsJsonObject().get("is_secret").getAsBoolean();
        out.addProperty("is_secret", secret);
        JsonElement value = isObject(header) ? header.getAsJsonObject().get("value") : header;
        out.addProperty("value", secret || !Json.isString(value) ? MASK : value.getAsString());
        return out;
    }

    private static boolean supports(StoredConnector connector, String type) {
        synchronized (connector) {
            for (JsonElement method : connector.json.getAsJsonArray("supported_auth_methods")) {
                if (method.getAsJsonObject().get("method_type").getAsString().equals(type)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isActive(StoredConnector connector) {
        synchronized (connector) {
            return !connector.activeAt.isEmpty();
        }
    }

    private static JsonObject method(String type) {
        JsonObject method = new JsonObject();
        method.addProperty("method_type", type);
        method.add("headers", JsonNull.INSTANCE);
        method.add("global_headers", new JsonObject());
        return method;
    }

    private Reply withId(ApiRequest request, Function<StoredConnector, Reply> action) {
        Violations violations = new Violations();
        String id = violations.uuid("connector_id", request.pathParam("connector_id"));
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        return store.find(id).filter(c -> c.id().equals(id)).map(action).orElseGet(() -> notFound(id));
    }

    private Reply withIdOrName(ApiRequest request, Function<StoredConnector, Reply> action) {
        String idOrName = request.pathParam("connector_id_or_name");
        return store.find(idOrName).map(action).orElseGet(() -> notFound(idOrName));
    }

    private static Reply notFound(String idOrName) {
        return ApiErrors.notFound("Connector " + idOrName + " not found");
    }

    static Reply.Json message(String text) {
        JsonObject body = new JsonObject();
        body.addProperty("message", text);
        return Reply.Json.ok(body);
    }

    static boolean isObject(JsonElement value) {
        return value != null && value.isJsonObject();
    }

    private static JsonElement orNull(JsonElement value) {
        return value == null ? JsonNull.INSTANCE : value;
    }

    private static JsonElement orDefault(JsonElement value, String fallback) {
        return value == null || value.isJsonNull() ? new JsonPrimitive(fallback) : value;
    }
}

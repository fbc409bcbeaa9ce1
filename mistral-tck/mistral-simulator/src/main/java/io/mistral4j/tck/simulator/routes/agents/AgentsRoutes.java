package io.mistral4j.tck.simulator.routes.agents;

import io.mistral4j.tck.simulator.routes.chat.ChatCompletionsRoutes;
import io.mistral4j.tck.simulator.routes.chat.ChatRequest;
import io.mistral4j.tck.simulator.routes.chat.ChatResponseRenderer;
import io.mistral4j.tck.simulator.routes.chat.ChatStreamRenderer;
import io.mistral4j.tck.simulator.routes.chat.CompletionGenerator;
import io.mistral4j.tck.simulator.routes.chat.GeneratedChoice;
import io.mistral4j.tck.simulator.state.AgentStore;
import io.mistral4j.tck.simulator.state.ModelCard;
import io.mistral4j.tck.simulator.state.ModelCatalog;
import io.mistral4j.tck.simulator.text.Usage;
import io.mistral4j.tck.simulator.wire.ApiErrors;
import io.mistral4j.tck.simulator.wire.ApiRequest;
import io.mistral4j.tck.simulator.wire.Ids;
import io.mistral4j.tck.simulator.wire.Json;
import io.mistral4j.tck.simulator.wire.JsonBody;
import io.mistral4j.tck.simulator.wire.QueryParams;
import io.mistral4j.tck.simulator.wire.Reply;
import io.mistral4j.tck.simulator.wire.RouteFamily;
import io.mistral4j.tck.simulator.wire.Router;
import io.mistral4j.tck.simulator.wire.Shape;
import io.mistral4j.tck.simulator.wire.ShapeValidator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The agents API, statefully: {@code /v1/agents} (create, numbered list), the cursor-paged
 * {@code /v1/agents/pages}, one agent (get at a version or alias, update into a new version,
 * delete), {@code /version}, {@code /versions}, {@code /aliases}, and agent completions, which
 * the chat generator answers with the agent's model, its instructions as the first system
 * message and its function tools. Bodies and query parameters are validated like the API (422).
 */
public final class AgentsRoutes implements RouteFamily {

    private static final Pattern ALIAS = Pattern.compile("[a-z]([a-z0-9_-]*[a-z0-9])?");
    private static final List<String> SOURCES = List.of("api", "playground", "agent_builder_v1");
    private static final int MAX_VERSION_MESSAGE = 500;
    private static final int DEFAULT_PAGE_SIZE = 20;
    /** Request fields the agent's completion_args may supply when the request leaves them out. */
    private static final List<String> FROM_COMPLETION_ARGS = List.of("max_tokens", "stop", "random_seed",
            "response_format", "tool_choice", "presence_penalty", "frequency_penalty", "prediction",
            "reasoning_effort", "temperature", "top_p");
    /** Request fields passed on to the chat generator as they are. */
    private static final List<String> CHAT_FIELDS = List.of("max_tokens", "stream", "stop", "random_seed",
            "response_format", "tool_choice", "presence_penalty", "frequency_penalty", "n", "prediction",
            "parallel_tool_calls", "prompt_mode", "reasoning_effort");

    private final ModelCatalog catalog;
    private final Ids ids;
    private final AgentStore store;
    private final CompletionGenerator generator;

    public AgentsRoutes(ModelCatalog catalog, Ids ids, Clock clock) {
        this.catalog = catalog;
        this.ids = ids;
        this.store = new AgentStore(clock);
        this.generator = new CompletionGenerator(ids);
    }

    /** An agent at its current version as the API shows it, or null when there is none: for conversations. */
    public JsonObject agent(String id) {
        try {
            return store.current(id);
        } catch (AgentStore.Missing missing) {
            return null;
        }
    }

    @Override
    public void register(Router router) {
        // Literal segments first: the router takes the first pattern that matches.
        router.add("POST", "/v1/agents/completions", this::complete);
        router.add("GET", "/v1/agents/pages", this::listPages);
        router.add("POST", "/v1/agents", this::create);
        router.add("GET", "/v1/agents", this::list);
        router.add("GET", "/v1/agents/{agent_id}", this::get);
        router.add("PATCH", "/v1/agents/{agent_id}", this::update);
        router.add("DELETE", "/v1/agents/{agent_id}", this::delete);
        router.add("PATCH", "/v1/agents/{agent_id}/version", this::switchVersion);
        router.add("GET", "/v1/agents/{agent_id}/versions", this::listVersions);
        router.add("GET", "/v1/agents/{agent_id}/versions/{version}", this::getVersion);
        router.add("PUT", "/v1/agents/{agent_id}/aliases", this::setAlias);
        router.add("GET", "/v1/agents/{agent_id}/aliases", this::listAliases);
        router.add("DELETE", "/v1/agents/{agent_id}/aliases", this::deleteAlias);
    }

    // --- agents ---------------------------------------------------------------------------------

    private Reply create(ApiRequest request) {
        return withBody(request, AgentRequestShape.CREATE, body -> {
            Optional<Reply> badModel = checkModel(Json.string(body, "model"));
            return badModel.orElseGet(() -> Reply.Json.ok(store.create(body)));
        });
    }

    private Reply update(ApiRequest request) {
        return withBody(request, AgentRequestShape.UPDATE, body -> {
            String model = Json.string(body, "model");
            Optional<Reply> badModel = model == null ? Optional.empty() : checkModel(model);
            return badModel.orElseGet(() -> found(() -> store.update(request.pathParam("agent_id"), body)));
        });
    }

    private Reply get(ApiRequest request) {
        String id = request.pathParam("agent_id");
        String version = QueryParams.parse(request.query()).string("agent_version");
        return found(() -> version == null || version.isEmpty() ? store.current(id) : store.at(id, version));
    }

    private Reply delete(ApiRequest request) {
        return found(() -> {
            store.delete(request.pathParam("agent_id"));
            return null;
        });
    }

    /** {@code GET /v1/agents}: numbered pages of the filtered agents, newest first. */
    private Reply list(ApiRequest request) {
        QueryParams query = QueryParams.parse(request.query());
        List<JsonObject> errors = new ArrayList<>();
        Integer page = query.integer("page", false, 0L, null, errors);
        Integer size = query.integer("page_size", false, 1L, 1000L, errors);
        Predicate<JsonObject> filter = filter(query, errors);
        if (!errors.isEmpty()) {
            return ApiErrors.validation(errors);
        }
        int pageSize = size == null ? DEFAULT_PAGE_SIZE : size;
        List<AgentStore.Listed> all = store.list(filter);
        JsonArray out = new JsonArray();
        long from = (long) (page == null ? 0 : page) * pageSize;
        for (long i = from; i < Math.min(all.size(), from + pageSize); i++) {
            out.add(all.get((int) i).view());
        }
        return Reply.Json.ok(out);
    }

    /** {@code GET /v1/agents/pages}: the same listing paged by an opaque cursor. */
    private Reply listPages(ApiRequest request) {
        QueryParams query = QueryParams.parse(request.query());
        List<JsonObject> errors = new ArrayList<>();
        Integer size = query.integer("page_size", false, 1L, 1000L, errors);
        Predicate<JsonObject> filter = filter(query, errors);
        if (!errors.isEmpty()) {
            return ApiErrors.validation(errors);
        }
        String token = query.string("page_token");
        Long after = token == null || token.isEmpty() ? null : Cursor.decode(token);
        if (token != null && !token.isEmpty() && after == null) {
            return ApiErrors.badRequest("Invalid page_token");
        }
        int pageSize = size == null ? DEFAULT_PAGE_SIZE : size;
        List<AgentStore.Listed> remaining = store.list(filter).stream()
                .filter(listed -> after == null || listed.sequence() < after).toList();
        JsonArray data = new JsonArray();
        remaining.stream().limit(pageSize).forEach(listed -> data.add(listed.view()));
        JsonObject body = new JsonObject();
        body.addProperty("object", "list");
        body.add("data", data);
        body.add("next_page_token", remaining.size() > pageSize
                ? new JsonPrimitive(Cursor.encode(remaining.get(pageSize - 1).sequence()))
                : JsonNull.INSTANCE);
        return Reply.Json.ok(body);
    }

    // --- versions and aliases -------------------------------------------------------------------

    private Reply switchVersion(ApiRequest request) {
        List<JsonObject> errors = new ArrayList<>();
        Integer version = QueryParams.parse(request.query()).integer("version", true, null, null, errors);
        if (!errors.isEmpty()) {
            return ApiErrors.validation(errors);
        }
        return found(() -> store.switchVersion(request.pathParam("agent_id"), version));
    }

    private Reply listVersions(ApiRequest request) {
        QueryParams query = QueryParams.parse(request.query());
        List<JsonObject> errors = new ArrayList<>();
        Integer page = query.integer("page", false, 0L, null, errors);
        Integer size = query.integer("page_size", false, 1L, 100L, errors);
        if (!errors.isEmpty()) {
            return ApiErrors.validation(errors);
        }
        return found(() -> {
            List<JsonObject> versions = store.versions(request.pathParam("agent_id"));
            int pageSize = size == null ? DEFAULT_PAGE_SIZE : size;
            long from = (long) (page == null ? 0 : page) * pageSize;
            JsonArray out = new JsonArray();
            for (long i = from; i < Math.min(versions.size(), from + pageSize); i++) {
                out.add(versions.get((int) i));
            }
            return out;
        });
    }

    private Reply getVersion(ApiRequest request) {
        String version = request.pathParam("version");
        if (!version.matches("\\d{1,9}")) {
            return ApiErrors.notFound("Version " + version + " not found for agent " + request.pathParam("agent_id"));
        }
        return found(() -> store.at(request.pathParam("agent_id"), version));
    }

    private Reply setAlias(ApiRequest request) {
        QueryParams query = QueryParams.parse(request.query());
        List<JsonObject> errors = new ArrayList<>();
        String alias = query.constrained("alias", true, 1, 64, ALIAS, errors);
        Integer version = query.integer("version", true, null, null, errors);
        if (!errors.isEmpty()) {
            return ApiErrors.validation(errors);
        }
        return found(() -> store.setAlias(request.pathParam("agent_id"), alias, version));
    }

    private Reply listAliases(ApiRequest request) {
        return found(() -> store.aliases(request.pathParam("agent_id")));
    }

    private Reply deleteAlias(ApiRequest request) {
        List<JsonObject> errors = new ArrayList<>();
        String alias = QueryParams.parse(request.query()).constrained("alias", true, 1, 64, ALIAS, errors);
        if (!errors.isEmpty()) {
            return ApiErrors.validation(errors);
        }
        return found(() -> {
            store.deleteAlias(request.pathParam("agent_id"), alias);
            return null;
        });
    }

    // --- completions ----------------------------------------------------------------------------

    private Reply complete(ApiRequest request) {
        return withBody(request, AgentRequestShape.COMPLETION, body -> {
            String agentId = Json.string(body, "agent_id");
            JsonObject agent;
            try {
                agent = store.current(agentId);
            } catch (AgentStore.Missing e) {
                return ApiErrors.notFound(e.getMessage());
            }
            ChatRequest chat = new ChatRequest(asChatRequest(agent, body));
            Optional<Reply> rejected = ChatCompletionsRoutes.semanticCheck(chat);
            if (rejected.isPresent()) {
                return rejected.get();
            }
            Optional<ModelCard> model = catalog.find(chat.model());
            if (model.isEmpty()) {
                return ApiErrors.invalidModel(chat.model());
            }
            List<GeneratedChoice> choices = generator.generate(chat, model.get());
            Usage usage = CompletionGenerator.usage(chat, choices);
            String id = ids.completionId();
            long created = Instant.now().getEpochSecond();
            if (chat.stream()) {
                return new Reply.EventStream(
                        ChatStreamRenderer.render(id, created, chat.model(), choices, usage), usage.totalTokens());
            }
            return Reply.Json.ok(
                    ChatResponseRenderer.render(id, created, chat.model(), choices, usage), usage.totalTokens());
        });
    }

    /**
     * The chat request the agent's model answers: its instructions as the first system message,
     * the request's parameters, else the agent's completion_args, and the request's tools, else
     * the agent's function tools.
     */
    private static JsonObject asChatRequest(JsonObject agent, JsonObject request) {
        JsonObject chat = new JsonObject();
        chat.add("model", agent.get("model"));
        JsonArray messages = new JsonArray();
        String instructions = Json.string(agent, "instructions");
        if (instructions != null && !instructions.isBlank()) {
            JsonObject system = new JsonObject();
            system.addProperty("role", "system");
            system.addProperty("content", instructions);
            messages.add(system);
        }
        Json.array(request, "messages").forEach(messages::add);
        chat.add("messages", messages);
        JsonObject args = Json.object(agent, "completion_args");
        for (String field : FROM_COMPLETION_ARGS) {
            JsonElement value = args == null ? null : args.get(field);
            if (value != null && !value.isJsonNull()) {
                chat.add(field, value);
            }
        }
        for (String field : CHAT_FIELDS) {
            JsonElement value = request.get(field);
            if (value != null && !value.isJsonNull()) {
                chat.add(field, value);
            }
        }
        JsonElement tools = request.get("tools");
        if (tools != null && !tools.isJsonNull()) {
            chat.add("tools", tools);
        } else {
            JsonArray functions = new JsonArray();
            for (JsonElement tool : Json.array(agent, "tools")) {
                if ("function".equals(Json.string(tool.getAsJsonObject(), "type"))) {
                    functions.add(tool);
                }
            }
            if (!functions.isEmpty()) {
                chat.add("tools", functions);
            }
        }
        return chat;
    }

    // --- shared steps ---------------------------------------------------------------------------

    /** Parses and validates the body (shape, then the length limits), then runs {@code handler}. */
    private static Reply withBody(ApiRequest request, Shape shape, Function<JsonObject, Reply> handler) {
        JsonBody body = JsonBody.parse(request.body());
        if (body.error() != null) {
            return body.error();
        }
        List<JsonObject> violations = new ArrayList<>(ShapeValidator.validate(shape, body.object(), "body"));
        violations.addAll(lengthLimits(body.object()));
        if (!violations.isEmpty()) {
            return ApiErrors.validation(violations);
        }
        return handler.apply(body.object());
    }

    /** {@code minItems} and {@code maxLength} of the agent schemas, which {@link Shape} does not model. */
    private static List<JsonObject> lengthLimits(JsonObject body) {
        List<JsonObject> errors = new ArrayList<>();
        JsonArray handoffs = Json.array(body, "handoffs");
        if (handoffs != null && handoffs.isEmpty()) {
            errors.add(tooShort(loc("body", "handoffs"), handoffs));
        }
        String message = Json.string(body, "version_message");
        if (message != null && message.length() > MAX_VERSION_MESSAGE) {
            errors.add(QueryParams.violation("string_too_long", loc("body", "version_message"),
                    "String should have at most " + MAX_VERSION_MESSAGE + " characters", new JsonPrimitive(message),
                    QueryParams.ctx("max_length", new JsonPrimitive(MAX_VERSION_MESSAGE))));
        }
        JsonArray tools = Json.array(body, "tools");
        for (int i = 0; tools != null && i < tools.size(); i++) {
            JsonObject tool = tools.get(i).isJsonObject() ? tools.get(i).getAsJsonObject() : null;
            JsonArray libraries = Json.array(tool, "library_ids");
            if ("document_library".equals(Json.string(tool, "type")) && libraries != null && libraries.isEmpty()) {
                JsonArray where = loc("body", "tools");
                where.add(i);
                where.add("library_ids");
                errors.add(tooShort(where, libraries));
            }
        }
        return errors;
    }

    private static JsonObject tooShort(JsonArray loc, JsonArray input) {
        JsonObject ctx = QueryParams.ctx("field_type", new JsonPrimitive("List"));
        ctx.addProperty("min_length", 1);
        ctx.addProperty("actual_length", input.size());
        return QueryParams.violation("too_short", loc, "List should have at least 1 item after validation, not "
                + input.size(), input, ctx);
    }

    private static JsonArray loc(String... parts) {
        JsonArray loc = new JsonArray();
        for (String part : parts) {
            loc.add(part);
        }
        return loc;
    }

    /** Agents answer with a chat model the catalog knows, as the API checks on create and update. */
    private Optional<Reply> checkModel(String model) {
        Optional<ModelCard> card = catalog.find(model);
        if (card.isEmpty() || !card.get().can("completion_chat")) {
            return Optional.of(ApiErrors.invalidModel(model));
        }
        return Optional.empty();
    }

    /** Runs a store operation: its JSON as 200, null as 204, a missing agent, version or alias as 404. */
    private static Reply found(Supplier<JsonElement> operation) {
        try {
            JsonElement result = operation.get();
            return result == null ? Reply.Json.noContent() : Reply.Json.ok(result);
        } catch (AgentStore.Missing e) {
            return ApiErrors.notFound(e.getMessage());
        }
    }

    /** The listing filters of both list routes; bad values are recorded in {@code errors}. */
    private static Predicate<JsonObject> filter(QueryParams query, List<JsonObject> errors) {
        Boolean deploymentChat = query.bool("deployment_chat", errors);
        List<String> sources = query.enumList("sources", SOURCES, errors);
        String name = query.string("name");
        String search = query.string("search");
        String id = query.string("id");
        JsonObject metadata = query.jsonObject("metadata", errors);
        return agent -> (deploymentChat == null || agent.get("deployment_chat").getAsBoolean() == deploymentChat)
                && (sources.isEmpty() || sources.contains(Json.string(agent, "source")))
                && (name == null || name.equals(Json.string(agent, "name")))
                && (id == null || id.equals(Json.string(agent, "id")))
                && (search == null || contains(Json.string(agent, "name"), search)
                        || contains(Json.string(agent, "id"), search))
                && (metadata == null || holdsAll(Json.object(agent, "metadata"), metadata));
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static boolean holdsAll(JsonObject metadata, JsonObject wanted) {
        if (metadata == null) {
            return wanted.isEmpty();
        }
        for (Map.Entry<String, JsonElement> entry : wanted.entrySet()) {
            if (!entry.getValue().equals(metadata.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Opaque page tokens: the creation number of the last agent of the previous page, base64url. */
    private static final class Cursor {
        private static final String PREFIX = "after:";

        static String encode(long sequence) {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((PREFIX + sequence).getBytes(StandardCharsets.UTF_8));
        }

        static Long decode(String token) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                return text.startsWith(PREFIX) ? Long.parseLong(text.substring(PREFIX.length())) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}

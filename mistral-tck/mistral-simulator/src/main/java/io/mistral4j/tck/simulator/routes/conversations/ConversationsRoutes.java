package io.mistral4j.tck.simulator.routes.conversations;

import static io.mistral4j.tck.simulator.wire.Shape.any;
import static io.mistral4j.tck.simulator.wire.Shape.bool;
import static io.mistral4j.tck.simulator.wire.Shape.dict;
import static io.mistral4j.tck.simulator.wire.Shape.enumOf;
import static io.mistral4j.tck.simulator.wire.Shape.listOf;
import static io.mistral4j.tck.simulator.wire.Shape.model;
import static io.mistral4j.tck.simulator.wire.Shape.nullable;
import static io.mistral4j.tck.simulator.wire.Shape.str;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.mistral4j.tck.simulator.wire.ApiErrors;
import io.mistral4j.tck.simulator.wire.ApiRequest;
import io.mistral4j.tck.simulator.wire.Paging;
import io.mistral4j.tck.simulator.wire.QueryParams;
import io.mistral4j.tck.simulator.wire.Reply;
import io.mistral4j.tck.simulator.wire.RouteFamily;
import io.mistral4j.tck.simulator.wire.Router;
import io.mistral4j.tck.simulator.wire.Shape;
import io.mistral4j.tck.simulator.wire.ValidatedBody;
import io.mistral4j.tck.simulator.wire.Violations;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * {@code /v1/conversations}, statefully: a conversation with a model or an agent is started with
 * entries and answered (see {@link ConversationTurn}); appended to, where a function call waits
 * for its result before anything else is answered; restarted from any entry as a new
 * conversation branching off; read back (info, history, messages), listed newest first and
 * deleted. Answers come whole or as named events, with the simulator's chunk delay.
 */
public final class ConversationsRoutes implements RouteFamily {

    private static final String MODEL = "mistral-medium-latest";
    private static final Set<String> INPUT_TYPES = Set.of("message.input", "message.output", "function.result",
            "function.call", "tool.execution", "agent.handoff");
    private static final Map<String, String> ID_PREFIXES = Map.of("message.input", "msg_", "message.output", "msg_",
            "function.call", "fc_", "function.result", "fr_", "tool.execution", "tool_exec_",
            "agent.handoff", "handoff_");

    static final Shape START = model("ConversationRequest")
            .req("inputs", any())
            .opt("stream", nullable(bool()))
            .opt("store", nullable(bool()))
            .opt("handoff_execution", nullable(enumOf("client", "server")))
            .opt("instructions", nullable(str()))
            .opt("tools", nullable(listOf(dict())))
            .opt("completion_args", nullable(dict()))
            .opt("guardrails", nullable(listOf(dict())))
            .opt("name", nullable(str()))
            .opt("description", nullable(str()))
            .opt("metadata", nullable(dict()))
            .opt("agent_id", nullable(str()))
            .opt("agent_version", any())
            .opt("model", nullable(str()))
            .open()
            .build();
    static final Shape APPEND = model("ConversationAppendRequest")
            .opt("inputs", any())
            .opt("stream", bool())
            .opt("store", bool())
            .opt("handoff_execution", enumOf("client", "server"))
            .opt("completion_args", dict())
            .opt("tool_confirmations", nullable(listOf(dict())))
            .open()
            .build();
    static final Shape RESTART = model("ConversationRestartRequest")
            .opt("inputs", any())
            .opt("stream", bool())
            .opt("store", bool())
            .opt("handoff_execution", enumOf("client", "server"))
            .opt("completion_args", dict())
            .opt("guardrails", nullable(listOf(dict())))
            .opt("metadata", nullable(dict()))
            .req("from_entry_id", str())
            .opt("agent_version", any())
            .open()
            .build();

    private final ConversationStore store = new ConversationStore();
    private final InstantSource clock;
    private final Function<String, JsonObject> agents;
    private final AtomicLong sequence = new AtomicLong();

    /** Conversations without agents to hand off to or look tools up in. */
    public ConversationsRoutes(InstantSource clock) {
        this(clock, id -> null);
    }

    /**
     * @param agents an agent by id as the agents API shows it (its tools, handoffs, name and
     *               model), or null when there is none
     */
    public ConversationsRoutes(InstantSource clock, Function<String, JsonObject> agents) {
        this.clock = clock;
        this.agents = agents;
    }

    @Override
    public void register(Router router) {
        router.add("POST", "/v1/conversations", this::start);
        router.add("GET", "/v1/conversations", this::list);
        router.add("GET", "/v1/conversations/{conversation_id}", request -> withConversation(request,
                conversation -> Reply.Json.ok(conversation.info())));
        router.add("DELETE", "/v1/conversations/{conversation_id}", request -> withConversation(request,
                conversation -> {
                    store.remove(conversation.id());
                    return Reply.Json.noContent();
                }));
        router.add("POST", "/v1/conversations/{conversation_id}", this::append);
        router.add("GET", "/v1/conversations/{conversation_id}/history", request -> withConversation(request,
                conversation -> Reply.Json.ok(listing("conversation.history", conversation, "entries",
                        conversation.entries()))));
        router.add("GET", "/v1/conversations/{conversation_id}/messages", request -> withConversation(request,
                conversation -> Reply.Json.ok(listing("conversation.messages", conversation, "messages",
                        conversation.entries().stream().filter(e -> e.get("type").getAsString()
                                .startsWith("message.")).toList()))));
        router.add("POST", "/v1/conversations/{conversation_id}/restart", this::restart);
    }

    private Reply start(ApiRequest request) {
        ValidatedBody body = ValidatedBody.of(request, START);
        if (body.error() != null) {
            return body.error();
        }
        JsonObject start = body.object();
        boolean withAgent = present(start, "agent_id");
        if (withAgent && present(start, "model")) {
            return ApiErrors.badRequest("Give either an agent_id or a model, not both");
        }
        Violations violations = new Violations();
        List<JsonObject> inputs = inputs(start.get("inputs"), violations);
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        JsonObject info = new JsonObject();
        info.addProperty("id", "conv_" + UUID.randomUUID().toString().replace("-", ""));
        info.addProperty("object", "conversation");
        String now = clock.instant().toString();
        info.addProperty("created_at", now);
        info.addProperty("updated_at", now);
        if (withAgent) {
            info.add("agent_id", start.get("agent_id"));
            copy(start, info, "agent_version");
        } else {
            info.addProperty("model", present(start, "model") ? start.get("model").getAsString() : MODEL);
            copy(start, info, "instructions");
            info.add("tools", present(start, "tools") ? start.get("tools") : new JsonArray());
            info.add("completion_args", present(start, "completion_args") ? start.get("completion_args")
                    : new JsonObject());
            copy(start, info, "guardrails");
        }
        for (String field : List.of("name", "description", "metadata")) {
            copy(start, info, field);
        }
        return answer(new ConversationStore.Stored(info, List.of()), inputs, start);
    }

    private Reply append(ApiRequest request) {
        return withConversation(request, conversation -> {
            ValidatedBody body = ValidatedBody.of(request, APPEND);
            if (body.error() != null) {
                return body.error();
            }
            Violations violations = new Violations();
            List<JsonObject> inputs = inputs(body.object().get("inputs"), violations);
            if (!violations.isEmpty()) {
                return violations.reply();
            }
            Optional<String> waiting = waitingCall(conversation.entries(), inputs);
            if (waiting.isPresent()) {
                return ApiErrors.badRequest("Function call " + waiting.get() + " is waiting for its result: "
                        + "send a function.result entry with its tool_call_id");
            }
            return answer(conversation, inputs, body.object());
        });
    }

    private Reply restart(ApiRequest request) {
        return withConversation(request, conversation -> {
            ValidatedBody body = ValidatedBody.of(request, RESTART);
            if (body.error() != null) {
                return body.error();
            }
            JsonObject restart = body.object();
            Violations violations = new Violations();
            List<JsonObject> inputs = inputs(restart.get("inputs"), violations);
            if (!violations.isEmpty()) {
                return violations.reply();
            }
            String from = restart.get("from_entry_id").getAsString();
            Optional<List<JsonObject>> kept = conversation.upTo(from);
            if (kept.isEmpty()) {
                return ApiErrors.badRequest("Entry " + from + " is not an entry of conversation "
                        + conversation.id());
            }
            JsonObject info = conversation.info().deepCopy();
            info.addProperty("id", "conv_" + UUID.randomUUID().toString().replace("-", ""));
            String now = clock.instant().toString();
            info.addProperty("created_at", now);
            info.addProperty("updated_at", now);
            copy(restart, info, "metadata");
            copy(restart, info, "agent_version");
            return answer(new ConversationStore.Stored(info, kept.get()), inputs, restart);
        });
    }

    private Reply list(ApiRequest request) {
        Violations violations = new Violations();
        QueryParams query = QueryParams.parse(request.query());
        int page = QueryParams.orDefault(query.integer("page", false, 0L, null, violations.list()), 0);
        int pageSize = QueryParams.orDefault(query.integer("page_size", false, 1L, null, violations.list()), 100);
        JsonObject metadata = query.jsonObject("metadata", violations.list());
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        List<JsonObject> matching = store.newestFirst().stream().map(ConversationStore.Stored::info)
                .filter(info -> matches(info, metadata)).toList();
        JsonArray items = new JsonArray();
        Paging.slice(matching, page, pageSize).forEach(items::add);
        return Reply.Json.ok(items);
    }

    private static boolean matches(JsonObject info, JsonObject metadata) {
        if (metadata == null) {
            return true;
        }
        JsonElement held = info.get("metadata");
        if (held == null || !held.isJsonObject()) {
            return metadata.size() == 0;
        }
        return metadata.entrySet().stream().allMatch(e -> e.getValue().equals(held.getAsJsonObject().get(e.getKey())));
    }

    /** Stores the inputs and the answer to them (unless told not to store) and replies, whole or as events. */
    private Reply answer(ConversationStore.Stored conversation, List<JsonObject> inputs, JsonObject request) {
        List<JsonObject> entries = new ArrayList<>(conversation.entries());
        inputs.forEach(input -> entries.add(stamp(input)));
        List<JsonObject> outputs = ConversationTurn.answer(conversation.info(), entries, agents).stream()
                .map(this::stamp).toList();
        entries.addAll(outputs);
        JsonObject info = conversation.info();
        info.addProperty("updated_at", clock.instant().toString());
        if (!present(request, "store") || request.get("store").getAsBoolean()) {
            store.put(new ConversationStore.Stored(info, entries));
        }
        JsonObject usage = usage(entries, outputs);
        long tokens = usage.get("total_tokens").getAsLong();
        if (present(request, "stream") && request.get("stream").getAsBoolean()) {
            return new Reply.EventStream(events(info.get("id").getAsString(), outputs, usage), tokens, true);
        }
        JsonObject response = new JsonObject();
        response.addProperty("object", "conversation.response");
        response.addProperty("conversation_id", info.get("id").getAsString());
        JsonArray outputArray = new JsonArray();
        outputs.forEach(outputArray::add);
        response.add("outputs", outputArray);
        response.add("usage", usage);
        return Reply.Json.ok(response, tokens);
    }

    /** The answer as events: started, each output (a message word by word, a call whole), done. */
    private List<JsonObject> events(String conversationId, List<JsonObject> outputs, JsonObject usage) {
        String now = clock.instant().toString();
        List<JsonObject> events = new ArrayList<>();
        JsonObject started = event("conversation.response.started", now);
        started.addProperty("conversation_id", conversationId);
        events.add(started);
        for (int index = 0; index < outputs.size(); index++) {
            JsonObject output = outputs.get(index);
            String type = output.get("type").getAsString();
            if (type.equals("message.output")) {
                for (String piece : pieces(ConversationTurn.textOf(output))) {
                    JsonObject delta = event("message.output.delta", now);
                    delta.addProperty("output_index", index);
                    delta.add("id", output.get("id"));
                    delta.addProperty("content_index", 0);
                    delta.addProperty("role", "assistant");
                    delta.addProperty("content", piece);
                    copy(output, delta, "model");
                    copy(output, delta, "agent_id");
                    events.add(delta);
                }
            } else if (type.equals("tool.execution")) {
                events.addAll(toolEvents(output, index, now));
            } else if (type.equals("agent.handoff")) {
                events.addAll(handoffEvents(output, index, now));
            } else if (type.equals("function.call")) {
                JsonObject delta = event("function.call.delta", now);
                delta.addProperty("output_index", index);
                for (String field : List.of("id", "name", "tool_call_id", "arguments", "model", "agent_id")) {
                    copy(output, delta, field);
                }
                events.add(delta);
            }
        }
        JsonObject done = event("conversation.response.done", now);
        done.add("usage", usage);
        events.add(done);
        return events;
    }

    /** A tool's execution: started, its arguments in two pieces, done with what it found. */
    private static List<JsonObject> toolEvents(JsonObject execution, int index, String now) {
        String arguments = execution.get("arguments").getAsString();
        JsonObject started = event("tool.execution.started", now);
        started.addProperty("output_index", index);
        for (String field : List.of("id", "name", "model", "agent_id")) {
            copy(execution, started, field);
        }
        started.addProperty("arguments", "");
        List<JsonObject> events = new ArrayList<>(List.of(started));
        int half = arguments.length() / 2;
        for (String piece : List.of(arguments.substring(0, half), arguments.substring(half))) {
            JsonObject delta = event("tool.execution.delta", now);
            delta.addProperty("output_index", index);
            copy(execution, delta, "id");
            copy(execution, delta, "name");
            delta.addProperty("arguments", piece);
            events.add(delta);
        }
        JsonObject done = event("tool.execution.done", now);
        done.addProperty("output_index", index);
        for (String field : List.of("id", "name", "info")) {
            copy(execution, done, field);
        }
        events.add(done);
        return events;
    }

    /** A handoff: started from the previous agent, done naming the next. */
    private static List<JsonObject> handoffEvents(JsonObject handoff, int index, String now) {
        JsonObject started = event("agent.handoff.started", now);
        started.addProperty("output_index", index);
        for (String field : List.of("id", "previous_agent_id", "previous_agent_name")) {
            copy(handoff, started, field);
        }
        JsonObject done = event("agent.handoff.done", now);
        done.addProperty("output_index", index);
        for (String field : List.of("id", "next_agent_id", "next_agent_name")) {
            copy(handoff, done, field);
        }
        return List.of(started, done);
    }

    private static JsonObject event(String type, String now) {
        JsonObject event = new JsonObject();
        event.addProperty("type", type);
        event.addProperty("created_at", now);
        return event;
    }

    /** Text in pieces of a word each, spaces kept, so that the pieces join back into the text. */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                pieces.add(text.substring(start, i));
                start = i;
            }
        }
        return pieces.isEmpty() ? List.of("") : pieces;
    }

    private static JsonObject usage(List<JsonObject> entries, List<JsonObject> outputs) {
        int prompt = 0;
        for (JsonObject entry : entries) {
            if (!outputs.contains(entry)) {
                prompt += words(entry);
            }
        }
        int completion = outputs.stream().mapToInt(ConversationsRoutes::words).sum();
        JsonObject usage = new JsonObject();
        usage.addProperty("prompt_tokens", prompt);
        usage.addProperty("completion_tokens", completion);
        usage.addProperty("total_tokens", prompt + completion);
        usage.addProperty("connector_tokens", 0);
        usage.add("connectors", new JsonObject());
        return usage;
    }

    private static int words(JsonObject entry) {
        String text = ConversationTurn.textOf(entry) + " " + ConversationTurn.stringOr(entry, "result", "")
                + " " + ConversationTurn.stringOr(entry, "arguments", "");
        return (int) java.util.Arrays.stream(text.trim().split("\\s+")).filter(word -> !word.isEmpty()).count() + 1;
    }

    /** An entry as stored: its id, {@code entry} object and times. */
    private JsonObject stamp(JsonObject entry) {
        JsonObject stamped = entry.deepCopy();
        String type = stamped.get("type").getAsString();
        stamped.addProperty("object", "entry");
        stamped.addProperty("id", ID_PREFIXES.getOrDefault(type, "entry_")
                + Long.toHexString(System.nanoTime()) + sequence.incrementAndGet());
        String now = clock.instant().toString();
        stamped.addProperty("created_at", now);
        stamped.addProperty("completed_at", now);
        return stamped;
    }

    /** The inputs as entries: a string is one user message; each item needs a known type and its fields. */
    private static List<JsonObject> inputs(JsonElement inputs, Violations violations) {
        List<JsonObject> entries = new ArrayList<>();
        if (inputs == null || inputs.isJsonNull()) {
            return entries;
        }
        if (inputs.isJsonPrimitive() && inputs.getAsJsonPrimitive().isString()) {
            JsonObject message = new JsonObject();
            message.addProperty("type", "message.input");
            message.addProperty("role", "user");
            message.add("content", inputs);
            entries.add(message);
            return entries;
        }
        if (!inputs.isJsonArray()) {
            violations.add("list_type", List.of("body", "inputs"), "Input should be a valid string or list",
                    inputs, null);
            return entries;
        }
        JsonArray items = inputs.getAsJsonArray();
        for (int i = 0; i < items.size(); i++) {
            JsonElement item = items.get(i);
            if (!item.isJsonObject()) {
                violations.add("dict_type", List.of("body", "inputs", i), "Input should be a valid dictionary",
                        item, null);
                continue;
            }
            JsonObject entry = item.getAsJsonObject().deepCopy();
            if (!present(entry, "type")) {
                entry.addProperty("type", "message.input");
            }
            String type = entry.get("type").getAsString();
            if (!INPUT_TYPES.contains(type)) {
                violations.notOneOf(List.of("body", "inputs", i, "type"), type, List.copyOf(INPUT_TYPES));
                continue;
            }
            for (String field : required(type)) {
                if (!present(entry, field)) {
                    violations.missing(List.of("body", "inputs", i, field));
                }
            }
            entries.add(entry);
        }
        return entries;
    }

    private static List<String> required(String type) {
        return switch (type) {
            case "message.input" -> List.of("role", "content");
            case "message.output" -> List.of("content");
            case "function.result" -> List.of("tool_call_id", "result");
            case "function.call" -> List.of("tool_call_id", "name", "arguments");
            case "tool.execution" -> List.of("name", "arguments");
            default -> List.of("previous_agent_id", "previous_agent_name", "next_agent_id", "next_agent_name");
        };
    }

    /** The id of a function call still waiting for its result after these inputs, if any. */
    private static Optional<String> waitingCall(List<JsonObject> entries, List<JsonObject> inputs) {
        List<JsonObject> all = new ArrayList<>(entries);
        all.addAll(inputs);
        Set<String> answered = new java.util.HashSet<>();
        all.stream().filter(e -> e.get("type").getAsString().equals("function.result"))
                .forEach(e -> answered.add(e.get("tool_call_id").getAsString()));
        return entries.stream().filter(e -> e.get("type").getAsString().equals("function.call"))
                .map(e -> e.get("tool_call_id").getAsString()).filter(id -> !answered.contains(id)).findFirst();
    }

    private static JsonObject listing(String object, ConversationStore.Stored conversation, String field,
                                      List<JsonObject> entries) {
        JsonObject body = new JsonObject();
        body.addProperty("object", object);
        body.addProperty("conversation_id", conversation.id());
        JsonArray array = new JsonArray();
        entries.forEach(array::add);
        body.add(field, array);
        return body;
    }

    private Reply withConversation(ApiRequest request, Function<ConversationStore.Stored, Reply> action) {
        String id = request.pathParam("conversation_id");
        return store.find(id).map(action)
                .orElseGet(() -> ApiErrors.notFound("Conversation " + id + " not found"));
    }

    private static boolean present(JsonObject object, String field) {
        JsonElement value = object.get(field);
        return value != null && !value.isJsonNull();
    }

    private static void copy(JsonObject from, JsonObject to, String field) {
        if (present(from, field)) {
            JsonElement value = from.get(field);
            to.add(field, value.isJsonPrimitive() ? new JsonPrimitive(value.getAsString()) : value.deepCopy());
        }
    }
}

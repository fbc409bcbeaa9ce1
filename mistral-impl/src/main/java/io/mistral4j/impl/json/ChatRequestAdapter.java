package io.mistral4j.impl.json;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import io.mistral4j.chat.AssistantMessage;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.GuardrailConfig;
import io.mistral4j.chat.Message;
import io.mistral4j.chat.Prediction;
import io.mistral4j.chat.PromptMode;
import io.mistral4j.chat.ReasoningEffort;
import io.mistral4j.chat.ResponseFormat;
import io.mistral4j.chat.ServiceTier;
import io.mistral4j.chat.SystemMessage;
import io.mistral4j.chat.Tool;
import io.mistral4j.chat.ToolChoice;
import io.mistral4j.chat.ToolMessage;
import io.mistral4j.chat.UserMessage;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ChatCompletionRequest} field by field, in the record's order and under the
 * names Gson's record adapter gives them, leaving out nulls: every chat call writes one, and
 * Gson's record adapter reads each field by reflection and looks up an adapter for its runtime
 * type on every call. Reading stays with Gson's record adapter (requests are read only from
 * batch files and logs). {@code ChatRequestAdapterTest} holds the two to the same output for
 * every field, and fails when the record gains a field this writer does not know.
 */
final class ChatRequestAdapter extends TypeAdapter<ChatCompletionRequest> {

    private final TypeAdapter<ChatCompletionRequest> reader;
    private final TypeAdapter<Message> user;
    private final TypeAdapter<Message> assistant;
    private final TypeAdapter<Message> system;
    private final TypeAdapter<Message> tool;
    private final TypeAdapter<Map<String, Object>> metadata;
    private final TypeAdapter<ResponseFormat> responseFormat;
    private final TypeAdapter<Tool> tools;
    private final TypeAdapter<ToolChoice> toolChoice;
    private final TypeAdapter<Prediction> prediction;
    private final TypeAdapter<PromptMode> promptMode;
    private final TypeAdapter<ReasoningEffort> reasoningEffort;
    private final TypeAdapter<GuardrailConfig> guardrails;
    private final TypeAdapter<ServiceTier> serviceTier;

    ChatRequestAdapter(Gson gson, TypeAdapter<ChatCompletionRequest> reader) {
        this.reader = reader;
        this.user = new ChatTypeAdapterFactory.MessageAdapter(UserMessage.ROLE, gson);
        this.assistant = new ChatTypeAdapterFactory.MessageAdapter(AssistantMessage.ROLE, gson);
        this.system = new ChatTypeAdapterFactory.MessageAdapter(SystemMessage.ROLE, gson);
        this.tool = new ChatTypeAdapterFactory.MessageAdapter(ToolMessage.ROLE, gson);
        this.metadata = gson.getAdapter(new TypeToken<Map<String, Object>>() { });
        this.responseFormat = gson.getAdapter(ResponseFormat.class);
        this.tools = gson.getAdapter(Tool.class);
        this.toolChoice = gson.getAdapter(ToolChoice.class);
        this.prediction = gson.getAdapter(Prediction.class);
        this.promptMode = gson.getAdapter(PromptMode.class);
        this.reasoningEffort = gson.getAdapter(ReasoningEffort.class);
        this.guardrails = gson.getAdapter(GuardrailConfig.class);
        this.serviceTier = gson.getAdapter(ServiceTier.class);
    }

    /** Gson's record adapter, which reads requests and which this writer matches. */
    TypeAdapter<ChatCompletionRequest> recordAdapter() {
        return reader;
    }

    @Override
    public ChatCompletionRequest read(JsonReader in) throws IOException {
        return reader.read(in); // null-safe itself
    }

    @Override
    public void write(JsonWriter out, ChatCompletionRequest request) throws IOException {
        if (request == null) {
            out.nullValue();
            return;
        }
        out.beginObject();
        if (request.model() != null) {
            out.name("model").value(request.model());
        }
        if (request.messages() != null) {
            out.name("messages").beginArray();
            for (Message message : request.messages()) {
                messageAdapter(message).write(out, message);
            }
            out.endArray();
        }
        number(out, "temperature", request.temperature());
        number(out, "top_p", request.topP());
        number(out, "max_tokens", request.maxTokens());
        if (request.stop() != null) {
            out.name("stop").beginArray();
            for (String stop : request.stop()) {
                out.value(stop);
            }
            out.endArray();
        }
        number(out, "random_seed", request.randomSeed());
        value(out, "metadata", metadata, request.metadata());
        value(out, "response_format", responseFormat, request.responseFormat());
        list(out, "tools", tools, request.tools());
        value(out, "tool_choice", toolChoice, request.toolChoice());
        number(out, "presence_penalty", request.presencePenalty());
        number(out, "frequency_penalty", request.frequencyPenalty());
        number(out, "n", request.n());
        value(out, "prediction", prediction, request.prediction());
        if (request.parallelToolCalls() != null) {
            out.name("parallel_tool_calls").value(request.parallelToolCalls());
        }
        value(out, "prompt_mode", promptMode, request.promptMode());
        value(out, "reasoning_effort", reasoningEffort, request.reasoningEffort());
        list(out, "guardrails", guardrails, request.guardrails());
        if (request.promptCacheKey() != null) {
            out.name("prompt_cache_key").value(request.promptCacheKey());
        }
        if (request.safePrompt() != null) {
            out.name("safe_prompt").value(request.safePrompt());
        }
        value(out, "service_tier", serviceTier, request.serviceTier());
        out.endObject();
    }

    /** The adapter of the message's own record ({@link Message} is sealed: these are all of them). */
    private TypeAdapter<Message> messageAdapter(Message message) {
        if (message instanceof UserMessage) {
            return user;
        }
        if (message instanceof AssistantMessage) {
            return assistant;
        }
        if (message instanceof SystemMessage) {
            return system;
        }
        return tool;
    }

    private static void number(JsonWriter out, String name, Number value) throws IOException {
        if (value != null) {
            out.name(name).value(value);
        }
    }

    private static <T> void value(JsonWriter out, String name, TypeAdapter<T> adapter, T value) throws IOException {
        if (value != null) {
            out.name(name);
            adapter.write(out, value);
        }
    }

    private static <T> void list(JsonWriter out, String name, TypeAdapter<T> element, List<T> values)
            throws IOException {
        if (values != null) {
            out.name(name).beginArray();
            for (T value : values) {
                element.write(out, value);
            }
            out.endArray();
        }
    }
}

package io.mistral4j.chat;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.internal.Require;
import io.mistral4j.internal.SamplingSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chat completion request. Build it with {@link #builder()}. A null field is not sent, so
 * the server's default applies. Whether the answer streams is chosen by the method called
 * ({@code complete} or {@code stream}), not by a field.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 */
public record ChatCompletionRequest(
        String model,
        List<Message> messages,
        Double temperature,
        Double topP,
        Integer maxTokens,
        List<String> stop,
        Long randomSeed,
        Map<String, Object> metadata,
        ResponseFormat responseFormat,
        List<Tool> tools,
        ToolChoice toolChoice,
        Double presencePenalty,
        Double frequencyPenalty,
        Integer n,
        Prediction prediction,
        Boolean parallelToolCalls,
        PromptMode promptMode,
        ReasoningEffort reasoningEffort,
        List<GuardrailConfig> guardrails,
        String promptCacheKey,
        Boolean safePrompt,
        ServiceTier serviceTier) {

    /**
     * Copies the lists and the metadata into unmodifiable collections; prefer {@link #builder()},
     * which also validates.
     */
    public ChatCompletionRequest {
        messages = messages == null ? null : List.copyOf(messages);
        stop = stop == null ? null : List.copyOf(stop);
        tools = tools == null ? null : List.copyOf(tools);
        guardrails = guardrails == null ? null : List.copyOf(guardrails);
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** Starts an empty request; {@code model} and at least one message are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.model = model;
        b.messages.addAll(messages);
        b.sampling.temperature(temperature).topP(topP).maxTokens(maxTokens).stop(stop).randomSeed(randomSeed)
                .presencePenalty(presencePenalty).frequencyPenalty(frequencyPenalty).n(n);
        b.metadata = metadata;
        b.responseFormat = responseFormat;
        b.tools = tools == null ? null : new ArrayList<>(tools);
        b.toolChoice = toolChoice;
        b.prediction = prediction;
        b.parallelToolCalls = parallelToolCalls;
        b.promptMode = promptMode;
        b.reasoningEffort = reasoningEffort;
        b.guardrails = guardrails;
        b.promptCacheKey = promptCacheKey;
        b.safePrompt = safePrompt;
        b.serviceTier = serviceTier;
        return b;
    }

    /** Builds and validates a {@link ChatCompletionRequest}. */
    public static final class Builder {
        private String model;
        private final List<Message> messages = new ArrayList<>();
        private final SamplingSettings sampling = new SamplingSettings();
        private Map<String, Object> metadata;
        private ResponseFormat responseFormat;
        private List<Tool> tools;
        private ToolChoice toolChoice;
        private Prediction prediction;
        private Boolean parallelToolCalls;
        private PromptMode promptMode;
        private ReasoningEffort reasoningEffort;
        private List<GuardrailConfig> guardrails;
        private String promptCacheKey;
        private ServiceTier serviceTier;
        private Boolean safePrompt;

        private Builder() {
        }

        /** The model, e.g. {@code mistral-small-latest}. Required. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** Replaces the messages. */
        public Builder messages(List<? extends Message> messages) {
            this.messages.clear();
            if (messages == null) {
                throw new ValidationException("messages", "must not be null");
            }
            this.messages.addAll(messages);
            return this;
        }

        /** Adds a message at the end of the conversation. */
        public Builder addMessage(Message message) {
            this.messages.add(message);
            return this;
        }

        /** Adds a system message with this text at the end of the conversation. */
        public Builder addSystemMessage(String text) {
            return addMessage(SystemMessage.of(text));
        }

        /** Adds a user message with this text at the end of the conversation. */
        public Builder addUserMessage(String text) {
            return addMessage(UserMessage.of(text));
        }

        /** Adds an assistant message with this text, e.g. an earlier answer, at the end of the conversation. */
        public Builder addAssistantMessage(String text) {
            return addMessage(AssistantMessage.of(text));
        }

        /** Adds the result of the tool call with this id at the end of the conversation. */
        public Builder addToolMessage(String toolCallId, String result) {
            return addMessage(ToolMessage.of(toolCallId, result));
        }

        /** Sampling temperature, 0 to 1.5. */
        public Builder temperature(double temperature) {
            sampling.temperature(temperature);
            return this;
        }

        /** Nucleus sampling mass, 0 to 1. */
        public Builder topP(double topP) {
            sampling.topP(topP);
            return this;
        }

        /**
         * The most tokens to generate ({@code max_tokens}); prompt plus completion must fit the
         * model's context. 0 or more.
         */
        public Builder maxTokens(int maxTokens) {
            sampling.maxTokens(maxTokens);
            return this;
        }

        /** Stops generating when any of these strings appears; the stop string is not included in the output. */
        public Builder stop(String... stop) {
            sampling.stop(List.of(stop));
            return this;
        }

        /** Stops generating when any of these strings appears; null sends none. */
        public Builder stop(List<String> stop) {
            sampling.stop(stop);
            return this;
        }

        /** Seed for random sampling ({@code random_seed}), so repeated calls give the same result; 0 or more. */
        public Builder randomSeed(long randomSeed) {
            sampling.randomSeed(randomSeed);
            return this;
        }

        /** Free-form metadata sent with the call; null sends none. */
        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * The form of the answer: plain text, any JSON object or JSON matching a schema;
         * {@code build()} requires a schema for {@code json_schema}.
         */
        public Builder responseFormat(ResponseFormat responseFormat) {
            this.responseFormat = responseFormat;
            return this;
        }

        /** Replaces the function tools the model may call; null sends none. */
        public Builder tools(List<Tool> tools) {
            this.tools = tools == null ? null : new ArrayList<>(tools);
            return this;
        }

        /** Adds a function tool the model may call. */
        public Builder addTool(Tool tool) {
            if (tools == null) {
                tools = new ArrayList<>();
            }
            tools.add(tool);
            return this;
        }

        /**
         * Whether and which tool the model must call ({@code tool_choice}); the server default is
         * {@link ToolChoice#auto()}.
         */
        public Builder toolChoice(ToolChoice toolChoice) {
            this.toolChoice = toolChoice;
            return this;
        }

        /** Penalises words and phrases already used, for more varied output; -2 to 2, server default 0. */
        public Builder presencePenalty(double presencePenalty) {
            sampling.presencePenalty(presencePenalty);
            return this;
        }

        /** Penalises words by how often they already appeared, to reduce repetition; -2 to 2, server default 0. */
        public Builder frequencyPenalty(double frequencyPenalty) {
            sampling.frequencyPenalty(frequencyPenalty);
            return this;
        }

        /** Number of completions to return; 1 or more. */
        public Builder n(int n) {
            sampling.n(n);
            return this;
        }

        /** Expected output, e.g. the current text of a file being edited, so the unchanged parts come back faster. */
        public Builder prediction(Prediction prediction) {
            this.prediction = prediction;
            return this;
        }

        /**
         * Whether the model may call several tools at once ({@code parallel_tool_calls}); the
         * server default is true.
         */
        public Builder parallelToolCalls(boolean parallelToolCalls) {
            this.parallelToolCalls = parallelToolCalls;
            return this;
        }

        /**
         * {@link PromptMode#REASONING} uses the reasoning system prompt; deprecated by the API in
         * favour of {@link #reasoningEffort}.
         */
        public Builder promptMode(PromptMode promptMode) {
            this.promptMode = promptMode;
            return this;
        }

        /**
         * How hard a reasoning model thinks ({@code reasoning_effort}): {@code high} for full
         * reasoning traces, {@code none} for none.
         */
        public Builder reasoningEffort(ReasoningEffort reasoningEffort) {
            this.reasoningEffort = reasoningEffort;
            return this;
        }

        /**
         * Moderation checks applied to the conversation, each with its categories, thresholds and
         * action; null sends none.
         */
        public Builder guardrails(List<GuardrailConfig> guardrails) {
            this.guardrails = guardrails;
            return this;
        }

        /**
         * A prompt-cache key ({@code prompt_cache_key}): requests sharing it and a common prefix
         * may reuse computed tokens, billed at a reduced rate.
         */
        public Builder promptCacheKey(String promptCacheKey) {
            this.promptCacheKey = promptCacheKey;
            return this;
        }

        /**
         * Whether the server puts its safety prompt before the conversation ({@code safe_prompt});
         * the server default is false.
         */
        public Builder safePrompt(boolean safePrompt) {
            this.safePrompt = safePrompt;
            return this;
        }

        /**
         * The capacity to serve the request from ({@code service_tier}): {@link ServiceTier#AUTO}
         * uses priority capacity when available, {@link ServiceTier#STANDARD_ONLY} never does.
         */
        public Builder serviceTier(ServiceTier serviceTier) {
            this.serviceTier = serviceTier;
            return this;
        }

        /** Validates and builds; a {@link ValidationException} names the first wrong field. */
        public ChatCompletionRequest build() {
            Require.text("model", model);
            if (messages.isEmpty()) {
                throw new ValidationException("messages", "at least one message is required");
            }
            Require.noNulls("messages", messages);
            sampling.validate("");
            Require.noNulls("tools", tools);
            Require.noNulls("guardrails", guardrails);
            if (responseFormat != null && responseFormat.type().equals(ResponseFormatType.JSON_SCHEMA)
                    && responseFormat.jsonSchema() == null) {
                throw new ValidationException("responseFormat.jsonSchema", "is required when type is json_schema");
            }
            return new ChatCompletionRequest(model, messages, sampling.temperature(), sampling.topP(),
                    sampling.maxTokens(), sampling.stop(), sampling.randomSeed(), metadata, responseFormat, tools,
                    toolChoice, sampling.presencePenalty(), sampling.frequencyPenalty(), sampling.n(), prediction,
                    parallelToolCalls, promptMode, reasoningEffort, guardrails, promptCacheKey, safePrompt,
                    serviceTier);
        }
    }
}

package io.mistral4j.tck.simulator.routes.chat;

import io.mistral4j.tck.simulator.wire.Shape;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.mistral4j.tck.simulator.wire.Shape.bool;
import static io.mistral4j.tck.simulator.wire.Shape.dict;
import static io.mistral4j.tck.simulator.wire.Shape.enumOf;
import static io.mistral4j.tck.simulator.wire.Shape.integer;
import static io.mistral4j.tck.simulator.wire.Shape.listOf;
import static io.mistral4j.tck.simulator.wire.Shape.literal;
import static io.mistral4j.tck.simulator.wire.Shape.model;
import static io.mistral4j.tck.simulator.wire.Shape.nullable;
import static io.mistral4j.tck.simulator.wire.Shape.number;
import static io.mistral4j.tck.simulator.wire.Shape.str;

/**
 * ChatCompletionRequest and the schemas it uses, transcribed from the OpenAPI spec
 * (components/schemas). Field order follows the spec, because pydantic reports in that order.
 */
public final class ChatRequestShape {

    static final Shape TEXT_CHUNK = model("TextChunk")
            .opt("type", literal("text")).req("text", str()).build();

    public static final Shape IMAGE_URL_CHUNK = model("ImageURLChunk")
            .opt("type", literal("image_url"))
            .req("image_url", union(
                    "ImageURL", model("ImageURL")
                            .req("url", str())
                            .opt("detail", nullable(enumOf("low", "auto", "high"))).build(),
                    "str", str()))
            .build();

    public static final Shape DOCUMENT_URL_CHUNK = model("DocumentURLChunk")
            .opt("type", literal("document_url"))
            .req("document_url", str())
            .opt("document_name", nullable(str())).build();

    /** RequestedServiceTier, or null. */
    public static final Shape SERVICE_TIER = nullable(enumOf("auto", "standard_only"));

    static final Shape REFERENCE_CHUNK = model("ReferenceChunk")
            .opt("type", literal("reference"))
            .req("reference_ids", listOf(union("int", integer(null), "str", str()))).build();

    static final Shape FILE_CHUNK = model("FileChunk")
            .opt("type", literal("file")).req("file_id", str()).build();

    static final Shape TOOL_REFERENCE_CHUNK = model("ToolReferenceChunk")
            .opt("type", literal("tool_reference"))
            .req("tool", str())
            .req("title", str())
            .opt("url", nullable(str()))
            .opt("favicon", nullable(str()))
            .opt("description", nullable(str())).build();

    static final Shape THINK_CHUNK = model("ThinkChunk")
            .opt("type", literal("thinking"))
            .req("thinking", listOf(tagged("type", Map.of(
                    "text", TEXT_CHUNK,
                    "tool_reference", TOOL_REFERENCE_CHUNK,
                    "reference", REFERENCE_CHUNK))))
            .opt("signature", nullable(str()))
            .opt("closed", bool()).build();

    static final Shape AUDIO_CHUNK = model("AudioChunk")
            .opt("type", literal("input_audio")).req("input_audio", str()).build();

    static final Shape CONTENT_CHUNK = tagged("type", Map.of(
            "text", TEXT_CHUNK,
            "image_url", IMAGE_URL_CHUNK,
            "document_url", DOCUMENT_URL_CHUNK,
            "reference", REFERENCE_CHUNK,
            "file", FILE_CHUNK,
            "thinking", THINK_CHUNK,
            "input_audio", AUDIO_CHUNK));

    /** String, null or a list of content chunks: the content of user, assistant and tool messages. */
    static final Shape CONTENT = nullable(union("str", str(), "list[ContentChunk]", listOf(CONTENT_CHUNK)));

    static final Shape TOOL_TYPES = enumOf("function");

    static final Shape TOOL_CALL = model("ToolCall")
            .opt("id", str())
            .opt("type", TOOL_TYPES)
            .req("function", model("FunctionCall")
                    .req("name", str())
                    .req("arguments", union("dict", dict(), "str", str())).build())
            .opt("index", integer(null)).build();

    static final Shape SYSTEM_MESSAGE = model("SystemMessage")
            .opt("role", literal("system"))
            .req("content", union("str", str(), "list[SystemMessageContentChunks]",
                    listOf(tagged("type", Map.of("text", TEXT_CHUNK, "thinking", THINK_CHUNK)))))
            .build();

    static final Shape USER_MESSAGE = model("UserMessage")
            .opt("role", literal("user")).req("content", CONTENT).build();

    static final Shape ASSISTANT_MESSAGE = model("AssistantMessage")
            .opt("role", literal("assistant"))
            .opt("content", CONTENT)
            .opt("tool_calls", nullable(listOf(TOOL_CALL)))
            .opt("prefix", bool()).build();

    static final Shape TOOL_MESSAGE = model("ToolMessage")
            .opt("role", literal("tool"))
            .req("content", CONTENT)
            .opt("tool_call_id", nullable(str()))
            .opt("name", nullable(str())).build();

    public static final Shape MESSAGE = tagged("role", Map.of(
            "system", SYSTEM_MESSAGE,
            "user", USER_MESSAGE,
            "assistant", ASSISTANT_MESSAGE,
            "tool", TOOL_MESSAGE));

    public static final Shape TOOL = model("Tool")
            .opt("type", TOOL_TYPES)
            .req("function", model("Function")
                    .req("name", str())
                    .opt("description", str())
                    .opt("strict", bool())
                    .req("parameters", dict()).build())
            .build();

    public static final Shape TOOL_CHOICE = union(
            "ToolChoice", model("ToolChoice")
                    .opt("type", TOOL_TYPES)
                    .req("function", model("FunctionName").req("name", str()).build()).build(),
            "ToolChoiceEnum", enumOf("auto", "none", "any", "required"));

    public static final Shape RESPONSE_FORMAT = model("ResponseFormat")
            .opt("type", enumOf("text", "json_object", "json_schema"))
            .opt("json_schema", nullable(model("JsonSchema")
                    .req("name", str())
                    .opt("description", nullable(str()))
                    .req("schema", dict())
                    .opt("strict", bool()).build()))
            .build();

    public static final Shape PREDICTION = model("Prediction")
            .opt("type", literal("content")).opt("content", str()).build();

    /** GuardrailConfig does not forbid extra fields; its nested moderation configs are taken as given. */
    public static final Shape GUARDRAIL_CONFIG = model("GuardrailConfig")
            .opt("block_on_error", bool())
            .opt("moderation_llm_v1", nullable(dict()))
            .opt("moderation_llm_v2", nullable(dict()))
            .open().build();

    static final Shape REQUEST = model("ChatCompletionRequest")
            .req("model", str())
            .opt("temperature", nullable(number(0.0, 1.5)))
            .opt("top_p", number(0.0, 1.0))
            .opt("max_tokens", nullable(integer(0L)))
            .opt("stream", bool())
            .opt("stop", union("str", str(), "list[str]", listOf(str())))
            .opt("random_seed", nullable(integer(0L)))
            .opt("metadata", nullable(dict()))
            .req("messages", listOf(MESSAGE))
            .opt("response_format", RESPONSE_FORMAT)
            .opt("tools", nullable(listOf(TOOL)))
            .opt("tool_choice", TOOL_CHOICE)
            .opt("presence_penalty", number(-2.0, 2.0))
            .opt("frequency_penalty", number(-2.0, 2.0))
            .opt("n", nullable(integer(1L)))
            .opt("prediction", PREDICTION)
            .opt("parallel_tool_calls", bool())
            .opt("prompt_mode", nullable(enumOf("reasoning")))
            .opt("reasoning_effort", enumOf("high", "none"))
            .opt("guardrails", nullable(listOf(GUARDRAIL_CONFIG)))
            .opt("prompt_cache_key", nullable(str()))
            .opt("service_tier", SERVICE_TIER)
            .opt("safe_prompt", bool())
            .build();

    private ChatRequestShape() {
    }

    private static Shape tagged(String discriminator, Map<String, Shape> variants) {
        return new Shape.Tagged(discriminator, variants);
    }

    private static Shape union(String label1, Shape branch1, String label2, Shape branch2) {
        Map<String, Shape> branches = new LinkedHashMap<>();
        branches.put(label1, branch1);
        branches.put(label2, branch2);
        return new Shape.KindUnion(branches);
    }
}

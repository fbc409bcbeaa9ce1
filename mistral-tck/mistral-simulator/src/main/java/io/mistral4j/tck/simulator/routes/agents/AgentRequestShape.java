package io.mistral4j.tck.simulator.routes.agents;

import io.mistral4j.tck.simulator.routes.chat.ChatRequestShape;
import io.mistral4j.tck.simulator.wire.Shape;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.mistral4j.tck.simulator.wire.Shape.bool;
import static io.mistral4j.tck.simulator.wire.Shape.dict;
import static io.mistral4j.tck.simulator.wire.Shape.enumOf;
import static io.mistral4j.tck.simulator.wire.Shape.integer;
import static io.mistral4j.tck.simulator.wire.Shape.listOf;
import static io.mistral4j.tck.simulator.wire.Shape.model;
import static io.mistral4j.tck.simulator.wire.Shape.nullable;
import static io.mistral4j.tck.simulator.wire.Shape.number;
import static io.mistral4j.tck.simulator.wire.Shape.str;

/**
 * AgentCreationRequest, AgentUpdateRequest, AgentsCompletionRequest and the schemas they use,
 * transcribed from the OpenAPI spec (components/schemas), fields in the spec's order. Length
 * limits the shapes cannot express ({@code minItems}, {@code maxLength}) are checked by
 * {@link AgentsRoutes}.
 */
public final class AgentRequestShape {

    static final Shape TOOL_CONFIGURATION = model("ToolConfiguration")
            .opt("exclude", nullable(listOf(str())))
            .opt("include", nullable(listOf(str())))
            .opt("requires_confirmation", nullable(listOf(str()))).build();

    static final Shape FUNCTION_TOOL = model("FunctionTool")
            .opt("type", enumOf("function"))
            .req("function", model("Function")
                    .req("name", str())
                    .opt("description", str())
                    .opt("strict", bool())
                    .req("parameters", dict()).build())
            .build();

    static final Shape CONNECTOR_AUTHORIZATION = new Shape.Tagged("type", Map.of(
            "api-key", model("APIKeyAuth").opt("type", enumOf("api-key")).req("value", str()).build(),
            "oauth2-token", model("OAuth2TokenAuth").opt("type", enumOf("oauth2-token")).req("value", str()).build()));

    static final Shape CUSTOM_CONNECTOR = model("CustomConnector")
            .opt("type", enumOf("connector"))
            .req("connector_id", str())
            .opt("authorization", nullable(CONNECTOR_AUTHORIZATION))
            .opt("tool_configuration", nullable(TOOL_CONFIGURATION)).build();

    static final Shape DOCUMENT_LIBRARY_TOOL = model("DocumentLibraryTool")
            .opt("tool_configuration", nullable(TOOL_CONFIGURATION))
            .opt("type", enumOf("document_library"))
            .req("library_ids", listOf(str())).build();

    static final Shape TOOL = new Shape.Tagged("type", Map.of(
            "function", FUNCTION_TOOL,
            "web_search", platformTool("WebSearchTool", "web_search"),
            "web_search_premium", platformTool("WebSearchPremiumTool", "web_search_premium"),
            "code_interpreter", platformTool("CodeInterpreterTool", "code_interpreter"),
            "image_generation", platformTool("ImageGenerationTool", "image_generation"),
            "document_library", DOCUMENT_LIBRARY_TOOL,
            "connector", CUSTOM_CONNECTOR));

    static final Shape STOP = union("str", str(), "list[str]", listOf(str()));

    static final Shape COMPLETION_ARGS = model("CompletionArgs")
            .opt("stop", nullable(STOP))
            .opt("presence_penalty", nullable(number(-2.0, 2.0)))
            .opt("frequency_penalty", nullable(number(-2.0, 2.0)))
            .opt("temperature", nullable(number(0.0, 1.0)))
            .opt("top_p", nullable(number(0.0, 1.0)))
            .opt("max_tokens", nullable(integer(0L)))
            .opt("random_seed", nullable(integer(0L)))
            .opt("prediction", nullable(ChatRequestShape.PREDICTION))
            .opt("response_format", nullable(ChatRequestShape.RESPONSE_FORMAT))
            .opt("tool_choice", enumOf("auto", "none", "any", "required"))
            .opt("reasoning_effort", nullable(enumOf("high", "none")))
            .build();

    static final Shape CREATE = model("AgentCreationRequest")
            .opt("instructions", nullable(str()))
            .opt("tools", listOf(TOOL))
            .opt("completion_args", COMPLETION_ARGS)
            .opt("guardrails", nullable(listOf(ChatRequestShape.GUARDRAIL_CONFIG)))
            .req("model", str())
            .req("name", str())
            .opt("description", nullable(str()))
            .opt("handoffs", nullable(listOf(str())))
            .opt("metadata", nullable(dict()))
            .opt("version_message", nullable(str()))
            .build();

    static final Shape UPDATE = model("AgentUpdateRequest")
            .opt("instructions", nullable(str()))
            .opt("tools", listOf(TOOL))
            .opt("completion_args", COMPLETION_ARGS)
            .opt("guardrails", nullable(listOf(ChatRequestShape.GUARDRAIL_CONFIG)))
            .opt("model", nullable(str()))
            .opt("name", nullable(str()))
            .opt("description", nullable(str()))
            .opt("handoffs", nullable(listOf(str())))
            .opt("deployment_chat", nullable(bool()))
            .opt("metadata", nullable(dict()))
            .opt("version_message", nullable(str()))
            .build();

    static final Shape COMPLETION = model("AgentsCompletionRequest")
            .opt("max_tokens", nullable(integer(0L)))
            .opt("stream", bool())
            .opt("stop", STOP)
            .opt("random_seed", nullable(integer(0L)))
            .opt("metadata", nullable(dict()))
            .req("messages", listOf(ChatRequestShape.MESSAGE))
            .opt("response_format", ChatRequestShape.RESPONSE_FORMAT)
            .opt("tools", nullable(listOf(ChatRequestShape.TOOL)))
            .opt("tool_choice", ChatRequestShape.TOOL_CHOICE)
            .opt("presence_penalty", number(-2.0, 2.0))
            .opt("frequency_penalty", number(-2.0, 2.0))
            .opt("n", nullable(integer(1L)))
            .opt("prediction", ChatRequestShape.PREDICTION)
            .opt("parallel_tool_calls", bool())
            .opt("prompt_mode", nullable(enumOf("reasoning")))
            .opt("reasoning_effort", enumOf("high", "none"))
            .opt("guardrails", nullable(listOf(ChatRequestShape.GUARDRAIL_CONFIG)))
            .opt("prompt_cache_key", nullable(str()))
            .opt("service_tier", ChatRequestShape.SERVICE_TIER)
            .req("agent_id", str())
            .build();

    private AgentRequestShape() {
    }

    /** The platform tools that take nothing but an optional tool configuration. */
    private static Shape platformTool(String name, String type) {
        return model(name)
                .opt("tool_configuration", nullable(TOOL_CONFIGURATION))
                .opt("type", enumOf(type)).build();
    }

    private static Shape union(String label1, Shape branch1, String label2, Shape branch2) {
        Map<String, Shape> branches = new LinkedHashMap<>();
        branches.put(label1, branch1);
        branches.put(label2, branch2);
        return new Shape.KindUnion(branches);
    }
}

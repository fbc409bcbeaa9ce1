package io.mistral4j.otel;

import io.opentelemetry.api.common.AttributeKey;
import java.util.List;
import java.util.Set;

/**
 * Every telemetry name this module emits, in one place, pinned to the OpenTelemetry semantic
 * conventions {@value #VERSION} (GenAI client spans and metrics, HTTP client spans, server,
 * URL and error attributes). The GenAI conventions are still in development: when they move,
 * this class is what changes. Names of this library's own (not defined by the conventions)
 * are grouped at the end under the {@code mistral4j.} prefix.
 */
public final class GenAiConventions {

    /** The semantic conventions version these names come from. */
    public static final String VERSION = "1.41.0";

    /** The schema URL of that version, set on the tracer and the meter. */
    public static final String SCHEMA_URL = "https://opentelemetry.io/schemas/" + VERSION;

    // --- GenAI attributes -------------------------------------------------------------------

    public static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("gen_ai.operation.name");
    public static final AttributeKey<String> PROVIDER_NAME = AttributeKey.stringKey("gen_ai.provider.name");
    public static final AttributeKey<String> REQUEST_MODEL = AttributeKey.stringKey("gen_ai.request.model");
    public static final AttributeKey<Double> REQUEST_TEMPERATURE = AttributeKey.doubleKey("gen_ai.request.temperature");
    public static final AttributeKey<Double> REQUEST_TOP_P = AttributeKey.doubleKey("gen_ai.request.top_p");
    public static final AttributeKey<Long> REQUEST_MAX_TOKENS = AttributeKey.longKey("gen_ai.request.max_tokens");
    public static final AttributeKey<Long> REQUEST_SEED = AttributeKey.longKey("gen_ai.request.seed");
    public static final AttributeKey<List<String>> REQUEST_STOP_SEQUENCES =
            AttributeKey.stringArrayKey("gen_ai.request.stop_sequences");
    public static final AttributeKey<Double> REQUEST_PRESENCE_PENALTY =
            AttributeKey.doubleKey("gen_ai.request.presence_penalty");
    public static final AttributeKey<Double> REQUEST_FREQUENCY_PENALTY =
            AttributeKey.doubleKey("gen_ai.request.frequency_penalty");
    public static final AttributeKey<Long> REQUEST_CHOICE_COUNT = AttributeKey.longKey("gen_ai.request.choice.count");
    public static final AttributeKey<Boolean> REQUEST_STREAM = AttributeKey.booleanKey("gen_ai.request.stream");
    public static final AttributeKey<String> OUTPUT_TYPE = AttributeKey.stringKey("gen_ai.output.type");
    public static final AttributeKey<List<String>> REQUEST_ENCODING_FORMATS =
            AttributeKey.stringArrayKey("gen_ai.request.encoding_formats");
    public static final AttributeKey<Long> EMBEDDINGS_DIMENSION_COUNT =
            AttributeKey.longKey("gen_ai.embeddings.dimension.count");
    public static final AttributeKey<String> AGENT_ID = AttributeKey.stringKey("gen_ai.agent.id");
    public static final AttributeKey<String> RESPONSE_ID = AttributeKey.stringKey("gen_ai.response.id");
    public static final AttributeKey<String> RESPONSE_MODEL = AttributeKey.stringKey("gen_ai.response.model");
    public static final AttributeKey<List<String>> RESPONSE_FINISH_REASONS =
            AttributeKey.stringArrayKey("gen_ai.response.finish_reasons");
    public static final AttributeKey<Double> RESPONSE_TIME_TO_FIRST_CHUNK =
            AttributeKey.doubleKey("gen_ai.response.time_to_first_chunk");
    public static final AttributeKey<Long> USAGE_INPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.input_tokens");
    public static final AttributeKey<Long> USAGE_OUTPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.output_tokens");
    public static final AttributeKey<String> TOKEN_TYPE = AttributeKey.stringKey("gen_ai.token.type");
    /** Opt-in: the messages sent, as JSON per the conventions' input messages schema. */
    public static final AttributeKey<String> INPUT_MESSAGES = AttributeKey.stringKey("gen_ai.input.messages");
    /** Opt-in: the choices received, as JSON per the conventions' output messages schema. */
    public static final AttributeKey<String> OUTPUT_MESSAGES = AttributeKey.stringKey("gen_ai.output.messages");

    /** {@code gen_ai.provider.name} of Mistral AI. */
    public static final String PROVIDER_MISTRAL_AI = "mistral_ai";
    public static final String TOKEN_TYPE_INPUT = "input";
    public static final String TOKEN_TYPE_OUTPUT = "output";
    public static final String OUTPUT_TYPE_TEXT = "text";
    public static final String OUTPUT_TYPE_JSON = "json";

    /** {@code gen_ai.operation.name} values; the client names its calls with them. */
    public static final String OPERATION_CHAT = "chat";
    public static final String OPERATION_TEXT_COMPLETION = "text_completion";
    public static final String OPERATION_EMBEDDINGS = "embeddings";
    public static final String OPERATION_INVOKE_AGENT = "invoke_agent";
    public static final String OPERATION_CREATE_AGENT = "create_agent";
    public static final String OPERATION_GENERATE_CONTENT = "generate_content";
    public static final String OPERATION_EXECUTE_TOOL = "execute_tool";

    /**
     * The well-known operation names: a call named so gets a GenAI span and GenAI metrics;
     * every other call (files, jobs, models, ...) gets an HTTP client span.
     */
    public static final Set<String> GENAI_OPERATIONS = Set.of(OPERATION_CHAT, OPERATION_TEXT_COMPLETION,
            OPERATION_EMBEDDINGS, OPERATION_INVOKE_AGENT, OPERATION_CREATE_AGENT, OPERATION_GENERATE_CONTENT,
            OPERATION_EXECUTE_TOOL);

    // --- GenAI metrics ----------------------------------------------------------------------

    public static final String METRIC_TOKEN_USAGE = "gen_ai.client.token.usage";
    public static final String METRIC_OPERATION_DURATION = "gen_ai.client.operation.duration";
    public static final String METRIC_TIME_TO_FIRST_CHUNK = "gen_ai.client.operation.time_to_first_chunk";
    public static final String UNIT_TOKEN = "{token}";
    public static final String UNIT_SECONDS = "s";

    /** Bucket boundaries the conventions give for {@value #METRIC_TOKEN_USAGE}. */
    public static final List<Long> TOKEN_USAGE_BUCKETS = List.of(1L, 4L, 16L, 64L, 256L, 1024L, 4096L, 16384L,
            65536L, 262144L, 1048576L, 4194304L, 16777216L, 67108864L);

    /**
     * Bucket boundaries the conventions give for {@value #METRIC_OPERATION_DURATION} and
     * {@value #METRIC_TIME_TO_FIRST_CHUNK}, in seconds.
     */
    public static final List<Double> DURATION_BUCKETS = List.of(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28,
            2.56, 5.12, 10.24, 20.48, 40.96, 81.92);

    // --- HTTP, server, URL and error attributes ---------------------------------------------

    public static final AttributeKey<String> HTTP_REQUEST_METHOD = AttributeKey.stringKey("http.request.method");
    public static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE =
            AttributeKey.longKey("http.response.status_code");
    public static final AttributeKey<Long> HTTP_REQUEST_RESEND_COUNT =
            AttributeKey.longKey("http.request.resend_count");
    public static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    public static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    public static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    public static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

    public static final AttributeKey<String> TOOL_NAME = AttributeKey.stringKey("gen_ai.tool.name");
    public static final AttributeKey<String> TOOL_CALL_ID = AttributeKey.stringKey("gen_ai.tool.call.id");
    public static final AttributeKey<String> TOOL_TYPE = AttributeKey.stringKey("gen_ai.tool.type");
    /** Opt-in, like message content: the arguments the model sent. */
    public static final AttributeKey<String> TOOL_CALL_ARGUMENTS = AttributeKey.stringKey("gen_ai.tool.call.arguments");
    /** Opt-in, like message content: the result sent back to the model. */
    public static final AttributeKey<String> TOOL_CALL_RESULT = AttributeKey.stringKey("gen_ai.tool.call.result");
    /** {@code gen_ai.tool.type} of a function tool. */
    public static final String TOOL_TYPE_FUNCTION = "function";

    /** {@code error.type} of a call that ran out of time. */
    public static final String ERROR_TYPE_TIMEOUT = "timeout";
    /** What stands in for a credential in {@code url.full}, as the conventions ask. */
    public static final String REDACTED = "REDACTED";

    // --- this library's own names (not defined by the conventions) --------------------------

    /** Instrumentation scope of the tracer and the meter. */
    public static final String INSTRUMENTATION_SCOPE = "io.mistral4j.otel";
    /** Span event: an attempt failed and the call will try again. */
    public static final String EVENT_RETRY = "mistral4j.retry";
    /** On {@value #EVENT_RETRY}: the number of the attempt that failed, from 1. */
    public static final AttributeKey<Long> RETRY_ATTEMPT = AttributeKey.longKey("mistral4j.retry.attempt");
    /** On {@value #EVENT_RETRY}: the wait before the next attempt, in seconds. */
    public static final AttributeKey<Double> RETRY_DELAY = AttributeKey.doubleKey("mistral4j.retry.delay");
    /** On HTTP client spans: the client's name for the operation, e.g. {@code files.upload}. */
    public static final AttributeKey<String> OPERATION = AttributeKey.stringKey("mistral4j.operation");

    private GenAiConventions() {
    }
}

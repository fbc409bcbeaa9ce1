package io.mistral4j.otel;

import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.ToolInvocation;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;

/**
 * The span of one tool the application runs for the model, per the GenAI conventions'
 * {@code execute_tool} operation; arguments and result only when message content is captured.
 */
final class ObservedTool implements CallListener {

    private final Span span;
    private final boolean captureContent;

    private ObservedTool(Span span, boolean captureContent) {
        this.span = span;
        this.captureContent = captureContent;
    }

    static ObservedTool start(Instruments instruments, ToolInvocation tool) {
        var builder = instruments.tracer.spanBuilder(GenAiConventions.OPERATION_EXECUTE_TOOL + " " + tool.toolName())
                .setSpanKind(SpanKind.INTERNAL)
                .setAttribute(GenAiConventions.OPERATION_NAME, GenAiConventions.OPERATION_EXECUTE_TOOL)
                .setAttribute(GenAiConventions.PROVIDER_NAME, GenAiConventions.PROVIDER_MISTRAL_AI)
                .setAttribute(GenAiConventions.TOOL_TYPE, GenAiConventions.TOOL_TYPE_FUNCTION);
        if (tool.toolName() != null) {
            builder.setAttribute(GenAiConventions.TOOL_NAME, tool.toolName());
        }
        if (tool.callId() != null) {
            builder.setAttribute(GenAiConventions.TOOL_CALL_ID, tool.callId());
        }
        if (instruments.captureMessageContent && tool.arguments() != null) {
            builder.setAttribute(GenAiConventions.TOOL_CALL_ARGUMENTS, tool.arguments());
        }
        return new ObservedTool(builder.startSpan(), instruments.captureMessageContent);
    }

    @Override
    public void onResult(Object result) {
        if (captureContent && result != null) {
            span.setAttribute(GenAiConventions.TOOL_CALL_RESULT, result.toString());
        }
    }

    @Override
    public void onEnd() {
        span.end();
    }

    @Override
    public void onError(Throwable error) {
        span.setAttribute(GenAiConventions.ERROR_TYPE, ErrorTypes.of(error));
        span.setStatus(StatusCode.ERROR, String.valueOf(error.getMessage()));
        span.end();
    }
}

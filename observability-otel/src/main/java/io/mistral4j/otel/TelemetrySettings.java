package io.mistral4j.otel;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The two choices an operator makes, both off by default.
 *
 * @param captureMessageContent whether messages sent and received go on spans (the conventions'
 *                              opt-in {@code gen_ai.input.messages} / {@code gen_ai.output.messages});
 *                              they may hold personal data
 * @param propagateContext      whether each request carries the trace context ({@code traceparent})
 */
record TelemetrySettings(boolean captureMessageContent, boolean propagateContext) {

    /** System property (then environment variable) that turns message capture on; the name OpenTelemetry's Java instrumentations use. */
    static final String CAPTURE_CONTENT_PROPERTY = "otel.instrumentation.genai.capture-message-content";
    static final String CAPTURE_CONTENT_VARIABLE = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT";
    /** System property (then environment variable) that turns trace context propagation on. */
    static final String PROPAGATE_PROPERTY = "mistral4j.otel.propagate-context";
    static final String PROPAGATE_VARIABLE = "MISTRAL4J_OTEL_PROPAGATE_CONTEXT";

    static final TelemetrySettings DEFAULTS = new TelemetrySettings(false, false);

    /** The settings of the observer found through ServiceLoader: system properties, then the environment. */
    static TelemetrySettings fromEnvironment() {
        return from(System::getProperty, System::getenv);
    }

    static TelemetrySettings from(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        return new TelemetrySettings(
                enabled(properties.apply(CAPTURE_CONTENT_PROPERTY), environment.apply(CAPTURE_CONTENT_VARIABLE)),
                enabled(properties.apply(PROPAGATE_PROPERTY), environment.apply(PROPAGATE_VARIABLE)));
    }

    private static boolean enabled(String property, String variable) {
        String value = property != null ? property : variable;
        return value != null && value.strip().toLowerCase(Locale.ROOT).equals("true");
    }
}

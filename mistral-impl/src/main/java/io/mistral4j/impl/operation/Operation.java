package io.mistral4j.impl.operation;

import io.mistral4j.chat.Usage;
import io.mistral4j.spi.ApiCall;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One API operation, described once: its name for observers, HTTP method, path template, the
 * type its answer decodes to, whether it is safe to repeat, whether it streams, where its
 * answer reports token usage, and how the caller's input becomes the call's path parameters,
 * query and body. {@link Operations} runs a descriptor in each of the four forms the services
 * offer (value, raw answer, and both without blocking), so a service is a list of descriptors
 * plus the few lines that are an operation's own (paging, streams, downloads).
 *
 * <p>Path templates name their parameters as the Java arguments are named
 * ({@code /v1/files/{fileId}}), so that a bad id is reported under the name the caller knows.
 *
 * @param <I> what the caller passes: a typed request, an id, or a small record of several
 * @param <O> the decoded answer ({@code Void} for an answer without a body)
 */
public final class Operation<I, O> {

    private final String name;
    private final String method;
    private final String pathTemplate;
    private final Type answerType;
    private final boolean safeToRepeat;
    private final boolean streaming;
    private final Function<? super O, Usage> usage;
    private final BiConsumer<? super I, CallSpec> encoder;

    private Operation(Builder<I, O> builder) {
        this.name = builder.name;
        this.method = builder.method;
        this.pathTemplate = builder.pathTemplate;
        this.answerType = builder.answerType;
        this.safeToRepeat = builder.safeToRepeat;
        this.streaming = builder.streaming;
        this.usage = builder.usage;
        this.encoder = builder.encoder;
    }

    /** A {@code GET}: safe to repeat. */
    public static <I, O> Builder<I, O> get(String name, String pathTemplate, Type answerType) {
        return new Builder<>(name, "GET", pathTemplate, answerType);
    }

    /** A {@code DELETE}: safe to repeat (a second delete finds nothing to delete). */
    public static <I, O> Builder<I, O> delete(String name, String pathTemplate, Type answerType) {
        return new Builder<>(name, "DELETE", pathTemplate, answerType);
    }

    /** A {@code POST}: creates state unless {@link Builder#safeToRepeat()} says it only computes an answer. */
    public static <I, O> Builder<I, O> post(String name, String pathTemplate, Type answerType) {
        return new Builder<>(name, "POST", pathTemplate, answerType);
    }

    /** A {@code PATCH}: creates (changes) state. */
    public static <I, O> Builder<I, O> patch(String name, String pathTemplate, Type answerType) {
        return new Builder<>(name, "PATCH", pathTemplate, answerType);
    }

    /** A {@code PUT}: creates (changes) state. */
    public static <I, O> Builder<I, O> put(String name, String pathTemplate, Type answerType) {
        return new Builder<>(name, "PUT", pathTemplate, answerType);
    }

    /** The operation's name as observers and traces see it, e.g. {@code files.upload}. */
    public String name() {
        return name;
    }

    public String method() {
        return method;
    }

    public String pathTemplate() {
        return pathTemplate;
    }

    public Type answerType() {
        return answerType;
    }

    public boolean safeToRepeat() {
        return safeToRepeat;
    }

    public boolean streaming() {
        return streaming;
    }

    /** The token usage an answer reports, or null where the operation has none. */
    Usage usageOf(O answer) {
        return usage == null || answer == null ? null : usage.apply(answer);
    }

    /** Whether the answer reports token usage. */
    boolean reportsUsage() {
        return usage != null;
    }

    /**
     * The call for {@code input}; a bad input (a null request, a blank or dot id) is a
     * {@link io.mistral4j.errors.ValidationException} naming the argument, thrown before anything is sent.
     */
    ApiCall call(I input, CallSpec spec) {
        encoder.accept(input, spec);
        return spec.build(this);
    }

    @Override
    public String toString() {
        return name + " " + method + " " + pathTemplate;
    }

    /** Builds an {@link Operation}; only the name, method, path and answer type are required. */
    public static final class Builder<I, O> {
        private final String name;
        private final String method;
        private final String pathTemplate;
        private final Type answerType;
        private boolean safeToRepeat;
        private boolean streaming;
        private Function<? super O, Usage> usage;
        private BiConsumer<? super I, CallSpec> encoder = (input, call) -> { };

        private Builder(String name, String method, String pathTemplate, Type answerType) {
            this.name = Objects.requireNonNull(name, "name");
            this.method = method;
            this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
            this.answerType = Objects.requireNonNull(answerType, "answerType");
            this.safeToRepeat = ApiCall.readsOrDeletes(method);
        }

        /** A {@code POST} that only computes an answer (a generation): repeating it costs tokens, nothing more. */
        public Builder<I, O> safeToRepeat() {
            this.safeToRepeat = true;
            return this;
        }

        /** The answer is an event stream; a JSON body gets {@code "stream": true}, which typed requests do not hold. */
        public Builder<I, O> streaming() {
            this.streaming = true;
            return this;
        }

        /** Where the answer reports token usage, which observers get before the call ends. */
        public Builder<I, O> usage(Function<? super O, Usage> usage) {
            this.usage = usage;
            return this;
        }

        /** How the caller's input becomes path parameters, query and body (nothing, by default). */
        public Builder<I, O> encode(BiConsumer<? super I, CallSpec> encoder) {
            this.encoder = Objects.requireNonNull(encoder, "encoder");
            return this;
        }

        /** The input is a typed request sent as the JSON body, its {@code model} named for observers when it has one. */
        public Builder<I, O> jsonBody(Function<? super I, String> model) {
            return encode((request, call) -> call.json(request).model(request == null ? null : model.apply(request)));
        }

        /** The input is a typed request sent as the JSON body. */
        public Builder<I, O> jsonBody() {
            return encode((request, call) -> call.json(request));
        }

        /** The input is the one id the path template names. */
        public Builder<I, O> pathId(String parameter) {
            return encode((id, call) -> call.path(parameter, (String) id));
        }

        public Operation<I, O> build() {
            return new Operation<>(this);
        }
    }
}

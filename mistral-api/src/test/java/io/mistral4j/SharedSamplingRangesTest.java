package io.mistral4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.agents.AgentsCompletionRequest;
import io.mistral4j.agents.CompletionArgs;
import io.mistral4j.audio.TranscriptionRequest;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.fim.FimCompletionRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request type that carries sampling settings checks them against the same ranges, the
 * API specification's (the widest where it bounds a setting differently per endpoint). The
 * settings a type carries are read from its record components, so a setting added to a type is
 * checked here without changing this test.
 */
class SharedSamplingRangesTest {

    /** A setting's bounds: the values just outside are refused, the bounds themselves accepted. */
    private record Range(String setting, Number tooLow, Number lowest, Number highest, Number tooHigh) {
    }

    // From the specification's ChatCompletionRequest, FIMCompletionRequest, AgentsCompletionRequest
    // and CompletionArgs; it gives no upper bound to counts and the seed (null: none checked).
    private static final List<Range> RANGES = List.of(
            new Range("temperature", -0.01, 0.0, 1.5, 1.51),
            new Range("topP", -0.01, 0.0, 1.0, 1.01),
            new Range("presencePenalty", -2.01, -2.0, 2.0, 2.01),
            new Range("frequencyPenalty", -2.01, -2.0, 2.0, 2.01),
            new Range("maxTokens", -1, 0, Integer.MAX_VALUE, null),
            new Range("minTokens", -1, 0, Integer.MAX_VALUE, null),
            new Range("randomSeed", -1L, 0L, Long.MAX_VALUE, null),
            new Range("n", 0, 1, Integer.MAX_VALUE, null));

    /** A valid builder of each type that carries sampling settings, and the prefix of its field names. */
    private record Carrier(Class<?> type, Supplier<Object> validBuilder, String fieldPrefix) {
        @Override
        public String toString() {
            return type.getSimpleName();
        }
    }

    private static final List<Carrier> CARRIERS = List.of(
            new Carrier(ChatCompletionRequest.class,
                    () -> ChatCompletionRequest.builder().model("m").addUserMessage("hi"), ""),
            new Carrier(FimCompletionRequest.class,
                    () -> FimCompletionRequest.builder().model("m").prompt("def"), ""),
            new Carrier(AgentsCompletionRequest.class,
                    () -> AgentsCompletionRequest.builder().agentId("ag_1").addUserMessage("hi"), ""),
            new Carrier(CompletionArgs.class, CompletionArgs::builder, "completionArgs."),
            new Carrier(TranscriptionRequest.class,
                    () -> TranscriptionRequest.builder().model("m").fileId("file-1"), ""));

    private static final Map<Class<?>, Function<Number, Object>> PRIMITIVES = Map.of(
            double.class, Number::doubleValue, int.class, Number::intValue, long.class, Number::longValue);

    private static final List<String> SETTINGS = Stream.concat(RANGES.stream().map(Range::setting),
            Stream.of("stop")).toList();

    @Test
    void everyRecordWithASamplingSettingIsCovered() {
        List<Class<?>> carrying = ApiSources.publicRecords().stream().map(ApiSources.SourceType::type)
                .filter(type -> !carriedSettings(type).isEmpty())
                .toList();

        assertThat(carrying).containsExactlyInAnyOrderElementsOf(CARRIERS.stream().map(Carrier::type).toList());
    }

    static Stream<Arguments> carriedRanges() {
        List<Arguments> cases = new ArrayList<>();
        for (Carrier carrier : CARRIERS) {
            List<String> carried = carriedSettings(carrier.type());
            RANGES.stream().filter(range -> carried.contains(range.setting()))
                    .forEach(range -> cases.add(Arguments.of(carrier, range)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("carriedRanges")
    void boundsAreAcceptedAndValuesOutsideRefusedNamingTheField(Carrier carrier, Range range) throws Exception {
        for (Number accepted : Arrays.asList(range.lowest(), range.highest())) {
            if (accepted != null) {
                Object request = build(carrier, range.setting(), accepted);
                assertThat(((Number) accessor(carrier.type(), range.setting()).invoke(request)).doubleValue())
                        .as("%s %s", carrier, range.setting()).isEqualTo(accepted.doubleValue());
            }
        }
        for (Number refused : Arrays.asList(range.tooLow(), range.tooHigh())) {
            if (refused != null) {
                assertRefused(carrier, range.setting(), refused, range.setting());
            }
        }
        if (range.lowest() instanceof Double) {
            assertRefused(carrier, range.setting(), Double.NaN, range.setting());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void everyTextGeneratorTakesStopAndRefusesANullStopString(Carrier carrier) {
        assertThat(carriedSettings(carrier.type())).contains("stop");
        assertRefused(carrier, "stop", Arrays.asList("END", null), "stop[1]");
    }

    /** The carriers that generate text; a transcription takes a temperature only. */
    static Stream<Carrier> generators() {
        return CARRIERS.stream().filter(carrier -> carrier.type() != TranscriptionRequest.class);
    }

    private static List<String> carriedSettings(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .filter(SETTINGS::contains).toList();
    }

    private static void assertRefused(Carrier carrier, String setting, Object value, String field) {
        assertThatThrownBy(() -> build(carrier, setting, value))
                .as("%s %s = %s", carrier, setting, value)
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field())
                .isEqualTo(carrier.fieldPrefix() + field);
    }

    /** Sets one setting through the builder's public setter and builds. */
    private static Object build(Carrier carrier, String setting, Object value) throws Exception {
        Object builder = carrier.validBuilder().get();
        Method setter = setter(builder.getClass(), setting, value);
        try {
            setter.invoke(builder, convert(setter.getParameterTypes()[0], value));
            return builder.getClass().getMethod("build").invoke(builder);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static Method setter(Class<?> builder, String setting, Object value) throws NoSuchMethodException {
        if (value instanceof List) {
            return builder.getMethod(setting, List.class);
        }
        return Arrays.stream(builder.getMethods())
                .filter(method -> method.getName().equals(setting) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0].isPrimitive())
                .findFirst().orElseThrow(() -> new NoSuchMethodException(builder.getName() + "." + setting));
    }

    private static Object convert(Class<?> parameter, Object value) {
        return value instanceof Number number ? PRIMITIVES.get(parameter).apply(number) : value;
    }

    private static Method accessor(Class<?> type, String setting) throws NoSuchMethodException {
        return type.getMethod(setting);
    }
}

package io.mistral4j.fim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.errors.ValidationException;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FimCompletionRequestTest {

    private static FimCompletionRequest.Builder valid() {
        return FimCompletionRequest.builder().model("codestral-latest").prompt("def add(a, b):");
    }

    @Test
    void buildsWithEveryFieldAndCopiesThroughToBuilder() {
        FimCompletionRequest request = valid().suffix("return a + b").temperature(0.2).topP(0.9).maxTokens(64)
                .minTokens(4).stop("\n\n").randomSeed(7).metadata(Map.of("repo", "demo")).promptCacheKey("file-1")
                .build();

        assertThat(request.suffix()).isEqualTo("return a + b");
        assertThat(request.stop()).containsExactly("\n\n");
        assertThat(request.toBuilder().build()).isEqualTo(request);
        assertThat(request.toBuilder().suffix(null).build().suffix()).isNull();
    }

    @Test
    void anEmptyPromptIsAllowedButAMissingOneIsNot() {
        assertThat(valid().prompt("").build().prompt()).isEmpty();
        assertThatThrownBy(() -> FimCompletionRequest.builder().model("codestral-latest").build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("prompt"));
    }

    @Test
    void modelIsRequired() {
        assertThatThrownBy(() -> FimCompletionRequest.builder().prompt("x").model(" ").build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("model"));
    }

    @ParameterizedTest
    @CsvSource({"temperature", "topP", "maxTokens", "minTokens", "randomSeed", "minTokensOverMax"})
    void outOfRangeValuesNameTheirField(String field) {
        FimCompletionRequest.Builder builder = valid();
        String expected = field;
        switch (field) {
            case "temperature" -> builder.temperature(1.6);
            case "topP" -> builder.topP(-0.1);
            case "maxTokens" -> builder.maxTokens(-1);
            case "minTokens" -> builder.minTokens(-1);
            case "randomSeed" -> builder.randomSeed(-5);
            default -> {
                builder.minTokens(10).maxTokens(5);
                expected = "minTokens";
            }
        }
        String named = expected;
        assertThatThrownBy(builder::build)
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(named));
    }

    @Test
    void nullStopSequenceIsNamedByPosition() {
        assertThatThrownBy(() -> valid().stop(Arrays.asList("a", null)).build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("stop[1]"));
    }
}

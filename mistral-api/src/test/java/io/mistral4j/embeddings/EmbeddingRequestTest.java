package io.mistral4j.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.errors.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddingRequestTest {

    private static EmbeddingRequest.Builder valid() {
        return EmbeddingRequest.builder().model("mistral-embed").input("hello");
    }

    @Test
    void buildsWithEveryField() {
        EmbeddingRequest request = valid().addInput("world").outputDimension(256).outputDtype(EmbeddingDtype.INT8)
                .encodingFormat(EncodingFormat.BASE64).metadata(Map.of("k", "v")).build();

        assertThat(request.input()).containsExactly("hello", "world");
        assertThat(request.outputDimension()).isEqualTo(256);
        assertThat(request.toBuilder().build()).isEqualTo(request);
    }

    @Test
    void inputIsReplacedNotAppendedByInput() {
        assertThat(valid().input(List.of("a", "b")).build().input()).containsExactly("a", "b");
    }

    @Test
    void emptyInputIsRefused() {
        assertThatThrownBy(() -> EmbeddingRequest.builder().model("mistral-embed").build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("input"));
        assertThatThrownBy(() -> valid().input(List.of()).build())
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("input"));
    }

    @Test
    void nullInputsAreRefused() {
        assertThatThrownBy(() -> valid().input((List<String>) null))
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("input"));
        assertThatThrownBy(() -> valid().input(Arrays.asList("a", null)).build())
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("input[1]"));
    }

    @Test
    void modelIsRequired() {
        assertThatThrownBy(() -> EmbeddingRequest.builder().input("x").build())
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("model"));
    }

    @Test
    void outputDimensionMustBePositive() {
        assertThatThrownBy(() -> valid().outputDimension(0).build())
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("outputDimension"));
    }

    @Test
    void unknownDtypeIsKeptAsOpenValue() {
        EmbeddingDtype float16 = EmbeddingDtype.of("float16");
        assertThat(float16.isKnown()).isFalse();
        assertThat(float16.value()).isEqualTo("float16");
        assertThat(EmbeddingDtype.of("ubinary")).isSameAs(EmbeddingDtype.UBINARY);
    }
}

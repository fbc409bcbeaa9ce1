package io.mistral4j.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.errors.ValidationException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A transcription request is refused at build() when its audio or a field is wrong, naming the field. */
class TranscriptionRequestTest {

    private static final byte[] AUDIO = {1, 2, 3};

    private static TranscriptionRequest.Builder valid() {
        return TranscriptionRequest.builder().model("voxtral-mini-latest").file(AUDIO, "a.wav");
    }

    private static void refused(TranscriptionRequest.Builder builder, String field, String problem) {
        assertThatThrownBy(builder::build).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field))
                .hasMessageContaining(problem);
    }

    @Test
    void theAudioIsRequiredFromExactlyOneSource() {
        refused(TranscriptionRequest.builder().model("m"), "file", "required");
        refused(valid().fileUrl("https://example.com/a.wav"), "file", "only one");
        refused(valid().fileId("file-1"), "file", "only one");
        refused(TranscriptionRequest.builder().model("m").file(Path.of("no", "such.wav")), "file", "does not exist");
    }

    @Test
    void fieldsAreCheckedAsTheApiDoes() {
        refused(valid().model(null), "model", "required");
        refused(valid().language("eng"), "language", "two letters");
        refused(valid().language("e"), "language", "two letters");
        refused(TranscriptionRequest.builder().model("m").fileUrl("not a url"), "fileUrl", "URL");
        refused(TranscriptionRequest.builder().model("m").fileUrl("relative/a.wav"), "fileUrl", "absolute");
        refused(valid().contextBias("two words"), "contextBias[0]", "white space");
        refused(valid().contextBias("a,b"), "contextBias[0]", "comma");
        refused(valid().temperature(Double.NaN), "temperature", "between");
    }

    @Test
    void aValidRequestKeepsItsValuesAndCopies() {
        TranscriptionRequest request = valid().language("fr").temperature(0.3).diarize(true)
                .contextBias("Voxtral").timestampGranularities(TimestampGranularity.SEGMENT, TimestampGranularity.WORD)
                .build();
        assertThat(request.language()).isEqualTo("fr");
        assertThat(request.contextBias()).containsExactly("Voxtral");
        assertThat(request.timestampGranularities()).containsExactly(TimestampGranularity.SEGMENT,
                TimestampGranularity.WORD);
        assertThat(request.toBuilder().language("de").build().language()).isEqualTo("de");
        assertThat(request.toBuilder().build()).isEqualTo(request);
    }

    @Test
    void theAccumulatorJoinsTextUntilDoneThenTakesItsWord() {
        TranscriptionAccumulator accumulator = new TranscriptionAccumulator();
        accumulator.add(new TranscriptionEvent.Language("en"));
        accumulator.add(new TranscriptionEvent.TextDelta("Hello"));
        accumulator.add(new TranscriptionEvent.TextDelta(" world"));
        accumulator.add(new TranscriptionEvent.Segment("Hello world", 0, 1.5, null));
        accumulator.add(new TranscriptionEvent.Unknown("transcription.future", null));
        assertThat(accumulator.isDone()).isFalse();
        assertThat(accumulator.result().text()).isEqualTo("Hello world");
        assertThat(accumulator.result().segments()).hasSize(1);
        assertThat(accumulator.result().language()).isEqualTo("en");

        accumulator.add(new TranscriptionEvent.Done("m", "Hello world.", "en", null, null));
        assertThat(accumulator.isDone()).isTrue();
        assertThat(accumulator.result()).isEqualTo(new Transcription("m", "Hello world.", "en", null, null));
    }
}

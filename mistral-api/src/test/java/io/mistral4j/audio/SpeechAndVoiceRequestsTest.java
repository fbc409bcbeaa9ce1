package io.mistral4j.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.errors.ValidationException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Speech and voice requests are refused at build() when a field is wrong, naming the field. */
class SpeechAndVoiceRequestsTest {

    private static void refused(Runnable build, String field, String problem) {
        assertThatThrownBy(build::run).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field))
                .hasMessageContaining(problem);
    }

    @Test
    void speechNeedsTextAndExactlyOneVoiceAndAKnownFormat() {
        refused(() -> SpeechRequest.builder().voiceId("v").build(), "input", "required");
        refused(() -> SpeechRequest.builder().input("hi").build(), "voiceId", "required");
        refused(() -> SpeechRequest.builder().input("hi").voiceId("v").refAudio(new byte[] {1}).build(), "voiceId",
                "only one");
        refused(() -> SpeechRequest.builder().input("hi").voiceId("v").responseFormat("aiff").build(),
                "responseFormat", "aiff");
        refused(() -> SpeechRequest.builder().input("hi").refAudio(java.nio.file.Path.of("no", "such.wav")),
                "refAudio", "cannot be read");
    }

    @Test
    void speechKeepsItsValuesAndEncodesTheReference() {
        SpeechRequest request = SpeechRequest.builder().input("hi").refAudio(new byte[] {1, 2, 3})
                .responseFormat("opus").build();
        assertThat(request.responseFormat()).isSameAs(SpeechOutputFormat.OPUS);
        assertThat(Base64.getDecoder().decode(request.refAudio())).containsExactly(1, 2, 3);
        assertThat(new Speech(Base64.getEncoder().encodeToString(new byte[] {9})).bytes()).containsExactly(9);
        assertThat(new Speech("AAAA").toString()).doesNotContain("AAAA");
    }

    @Test
    void voicesNeedANameASampleAndAShortDescription() {
        refused(() -> VoiceCreateRequest.builder().sample(new byte[] {1}, "a.wav").build(), "name", "required");
        refused(() -> VoiceCreateRequest.builder().name("n").build(), "sampleAudio", "required");
        refused(() -> VoiceCreateRequest.builder().name("n").sample(new byte[] {1}, "a.wav")
                .description("x".repeat(501)).build(), "description", "500");
        refused(() -> VoiceUpdateRequest.builder().age(-1).build(), "age", "0 or more");
        refused(() -> VoiceListRequest.builder().pageSize(101).build(), "pageSize", "100");
        assertThat(VoiceListRequest.all().withPage(2).page()).isEqualTo(2);
    }
}

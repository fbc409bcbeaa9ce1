package io.mistral4j.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.errors.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioChunkTest {

    @TempDir
    Path dir;

    private static byte[] audio(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    @Test
    void audioBytesEqualTheSameAudioGivenAsBase64Text() {
        for (int size : new int[] {0, 1, 2, 3, 3 * 1024, 3 * 1024 + 1, 10_000}) {
            byte[] wav = audio(size);
            AudioChunk bytes = AudioChunk.of(wav);
            AudioChunk text = ContentChunk.inputAudio(Base64.getEncoder().encodeToString(wav));

            assertThat(bytes).as("size %d", size).isEqualTo(text).hasSameHashCodeAs(text);
            assertThat(text).isEqualTo(bytes);
            assertThat(bytes).isEqualTo(AudioChunk.of(wav.clone())).hasSameHashCodeAs(AudioChunk.of(wav.clone()));
            assertThat(bytes.inputAudio()).isEqualTo(text.inputAudio());
            assertThat(bytes.source().length()).isEqualTo(text.inputAudio().length());
        }
        assertThat(AudioChunk.of(audio(6))).isNotEqualTo(AudioChunk.of(audio(7)))
                .isNotEqualTo(new AudioChunk("https://example.com/a.wav"));
    }

    @Test
    void aFileIsReadOnlyWhenItsTextIsAskedFor() throws IOException {
        byte[] wav = audio(100);
        Path file = Files.write(dir.resolve("a.wav"), wav);
        AudioChunk chunk = AudioChunk.of(file);

        Files.write(file, audio(200));

        assertThat(chunk.inputAudio()).isEqualTo(Base64.getEncoder().encodeToString(audio(200)));
        assertThat(((AudioChunk.AudioFile) chunk.source()).size()).isEqualTo(200);
        assertThat(chunk).isEqualTo(AudioChunk.of(file)).hasSameHashCodeAs(AudioChunk.of(file))
                .isNotEqualTo(AudioChunk.of(audio(200)));
        assertThat(chunk.toString()).contains("a.wav").hasSizeLessThan(200);
    }

    @Test
    void descriptionsNeverHoldLargeAudio() {
        assertThat(AudioChunk.of(audio(100_000)).toString()).isEqualTo("AudioChunk[100000 bytes]");
        assertThat(new AudioChunk("A".repeat(1000)).toString()).isEqualTo("AudioChunk[1000 base64 characters]");
        assertThat(new AudioChunk("UklGRg==").toString()).contains("UklGRg==");
    }

    @Test
    void missingAudioFailsNamingTheField() {
        assertThatThrownBy(() -> AudioChunk.of((byte[]) null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("inputAudio");
        assertThatThrownBy(() -> AudioChunk.of((Path) null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("inputAudio");
        assertThatThrownBy(() -> AudioChunk.of(dir.resolve("absent.wav"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("inputAudio");
        assertThatThrownBy(() -> AudioChunk.of(dir)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("inputAudio");
    }
}

package io.mistral4j.tck.simulator.routes.audio;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.tck.simulator.audio.SampleAudio;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** The audio probe and the transcript derived from it. */
class SimulatedTranscriptTest {

    @Test
    void aWavIsTimedFromItsHeaderAndSummedWhole() {
        byte[] wav = SampleAudio.wav(3.5);
        WavProbe.Audio audio = WavProbe.of(wav);
        CRC32 crc = new CRC32();
        crc.update(wav);
        assertThat(audio.wav()).isTrue();
        assertThat(audio.seconds()).isEqualTo(3.5);
        assertThat(audio.checksum()).isEqualTo(crc.getValue());
        assertThat(audio.bytes()).isEqualTo(wav.length).isEqualTo(SampleAudio.wavLength(3.5));
    }

    @Test
    void otherBytesAreNoWav() {
        assertThat(WavProbe.of("ID3\u0003 not a wav at all".getBytes(StandardCharsets.ISO_8859_1)).wav()).isFalse();
        assertThat(WavProbe.of(new byte[0]).wav()).isFalse();
    }

    @Test
    void wordsAndSegmentsFollowOneAnotherToTheEnd() {
        SimulatedTranscript transcript = new SimulatedTranscript(7.3, 0xCAFEL);
        assertThat(transcript.text()).startsWith("audio 0000cafe lasting 7.30 seconds ");
        List<SimulatedTranscript.Span> words = transcript.words();
        assertThat(words).hasSize(15);
        assertThat(words.get(0).start()).isZero();
        for (int i = 1; i < words.size(); i++) {
            assertThat(words.get(i).start()).isEqualTo(words.get(i - 1).end());
        }
        assertThat(words.get(words.size() - 1).end()).isEqualTo(7.3);
        List<SimulatedTranscript.Span> segments = transcript.segments();
        assertThat(segments).hasSize(3);
        assertThat(segments.get(2).end()).isEqualTo(7.3);
        assertThat(String.join(" ", segments.stream().map(SimulatedTranscript.Span::text).toList()))
                .isEqualTo(transcript.text());
    }

    @Test
    void theSameAudioIsHeardTheSameWay() {
        assertThat(new SimulatedTranscript(4, 42).text()).isEqualTo(new SimulatedTranscript(4, 42).text())
                .isNotEqualTo(new SimulatedTranscript(4, 43).text());
    }
}

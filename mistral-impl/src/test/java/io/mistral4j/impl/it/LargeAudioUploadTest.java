package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.tck.simulator.MistralSimulator;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A 200 MiB WAV file is transcribed by a client limited to a 128 MiB heap: the multipart upload
 * is streamed from the generator to the socket, and the simulator probes it as it arrives. The
 * client runs in a forked JVM ({@link LargeAudioTranscription}). Tagged {@code slow}; bounded to
 * two minutes.
 */
@Tag("slow")
class LargeAudioUploadTest {

    private static final String KEY = "sk-large-audio-1f2e3d4c5b6a";
    /** 200 MiB of 16-bit samples at 16 kHz. */
    private static final String SECONDS = "6553.6";

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twoHundredMebibytesOfAudioGoUpThroughA128MiBHeap() throws Exception {
        try (MistralSimulator simulator = MistralSimulator.builder().apiKey(KEY).start()) {
            ForkedJvm.Outcome child = ForkedJvm.run("128m", Duration.ofSeconds(110), LargeAudioTranscription.class,
                    simulator.baseUrl(), KEY, SECONDS);

            assertThat(child.finished()).as("the upload ended within 110 s; output:%n%s", child.output()).isTrue();
            assertThat(child.exitValue()).as("output:%n%s", child.output()).isZero();
            assertThat(child.output()).contains("TRANSCRIBED ok=true size=" + (200L * 1024 * 1024 + 44));
        }
    }
}

package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chat request holding a 64 MiB audio file is written out by a JVM limited to a 64 MiB heap:
 * the file's base64 (85 MiB) is encoded while the body is read, never held. The body is written
 * in a forked JVM ({@link LargeAudioChunkEncoding}). Tagged {@code slow}; bounded to a minute.
 */
@Tag("slow")
class LargeAudioChunkMemoryTest {

    private static final long SIZE = 64L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSixtyFourMebibyteAudioFileIsEncodedThroughA64MiBHeap() throws Exception {
        ForkedJvm.Outcome child = ForkedJvm.run("64m", Duration.ofSeconds(55), LargeAudioChunkEncoding.class,
                dir.toString(), Long.toString(SIZE));

        assertThat(child.finished()).as("the encoding ended within 55 s; output:%n%s", child.output()).isTrue();
        assertThat(child.exitValue()).as("output:%n%s", child.output()).isZero();
        assertThat(child.output()).contains("ENCODED ok=true");
    }
}

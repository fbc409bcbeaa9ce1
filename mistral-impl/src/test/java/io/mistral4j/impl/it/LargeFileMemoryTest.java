package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.MistralClient;
import io.mistral4j.files.FileInfo;
import io.mistral4j.tck.simulator.MistralSimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A 1 GiB file goes up and comes back down through a client limited to a 128 MiB heap: the
 * multipart upload and the download are streamed end to end. The client runs in a forked JVM
 * ({@link LargeFileRoundTrip}); the simulator here stores the file on disk. Tagged {@code slow};
 * it runs in the normal build and is bounded to two minutes.
 */
@Tag("slow")
class LargeFileMemoryTest {

    private static final long ONE_GIB = 1L << 30;
    private static final String KEY = "sk-large-file-7a6b5c4d3e2f";

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aGibibyteFileRoundTripsThroughA128MiBHeap() throws Exception {
        try (MistralSimulator simulator = MistralSimulator.builder().apiKey(KEY).start()) {
            Process child = new ProcessBuilder(javaCommand(simulator.baseUrl()))
                    .redirectErrorStream(true).start();
            String output;
            boolean finished = child.waitFor(110, TimeUnit.SECONDS);
            if (!finished) {
                child.destroyForcibly();
            }
            output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            System.out.println("[LargeFileMemoryTest] " + output.lines().filter(l -> l.startsWith("ROUNDTRIP"))
                    .findFirst().orElse(output));

            assertThat(finished).as("the round trip ended within 110 s; output:%n%s", output).isTrue();
            assertThat(child.exitValue()).as("output:%n%s", output).isZero();
            assertThat(output).contains("ROUNDTRIP ok=true size=" + ONE_GIB);
            try (MistralClient client = MistralClient.builder().apiKey(KEY).baseUrl(simulator.baseUrl()).build()) {
                FileInfo stored = client.files().list().items().get(0);
                assertThat(stored.bytes()).isEqualTo(ONE_GIB);
            }
        }
    }

    private static List<String> javaCommand(String baseUrl) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx128m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LargeFileRoundTrip.class.getName());
        command.add(baseUrl);
        command.add(KEY);
        command.add(Long.toString(ONE_GIB));
        return command;
    }
}

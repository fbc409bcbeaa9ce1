package io.mistral4j.it.misbehaving;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link MemoryCase} in a child JVM with a small heap ({@code -Dmisbehaving.heap}, 128m
 * by default), where reading without bound fails with {@link OutOfMemoryError} within seconds.
 * A child of its own keeps such an error, wherever it strikes, from breaking the build's JVM.
 */
final class SmallHeapJvm {

    static final String HEAP = System.getProperty("misbehaving.heap", "128m");
    private static final long CHILD_LIMIT_SECONDS = 40;

    private SmallHeapJvm() {
    }

    static CaseReport run(String transport, MisbehavingServer server, MemoryCase memoryCase)
            throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("mistral4j-small-heap");
        Path report = directory.resolve("report.properties");
        Path output = directory.resolve("output.txt");
        try {
            Process child = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + HEAP,
                    "-cp", System.getProperty("java.class.path"),
                    SmallHeapCall.class.getName(),
                    transport, server.baseUrl(), memoryCase.name(), report.toString()))
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!child.waitFor(CHILD_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String childOutput = Files.readString(output, StandardCharsets.UTF_8);
            Properties facts = new Properties();
            if (Files.exists(report)) {
                try (InputStream in = Files.newInputStream(report)) {
                    facts.load(in);
                }
            }
            return new CaseReport(facts, childOutput);
        } finally {
            for (Path file : List.of(report, output, directory)) {
                Files.deleteIfExists(file);
            }
        }
    }
}

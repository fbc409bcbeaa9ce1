package io.mistral4j.impl.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class in a JVM of its own with a small heap, on this test's class path, for memory tests. */
final class ForkedJvm {

    /** How the forked JVM ended: whether in time, its exit status and its output (standard error included). */
    record Outcome(boolean finished, int exitValue, String output) {
    }

    private ForkedJvm() {
    }

    /** Runs {@code main} with {@code -Xmx<heap>} and {@code args}, destroyed when it outlasts {@code limit}. */
    static Outcome run(String heap, Duration limit, Class<?> main, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean finished = child.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            child.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Outcome(finished, finished ? child.exitValue() : -1, output);
    }
}

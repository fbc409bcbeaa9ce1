package io.mistral4j.examples.modular;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.tck.simulator.MistralSimulator;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A modular application ({@code requires io.mistral4j.api} only) on the module path with the
 * implementation, each transport and the OpenTelemetry observer: {@code java --module-path ...
 * -m app/app.Main}, no other flag, against the simulator.
 */
class ModularApplicationIT {

    /** Jars (or exploded module directories) of the library and its dependencies; test tools stay out. */
    private static final List<String> LIBRARY = List.of("mistral-api", "mistral-impl", "transport-httpclient5",
            "transport-netty", "observability-otel", "gson", "slf4j-api", "resilience4j", "bucket4j",
            "httpclient5", "httpcore5", "netty-", "opentelemetry-", "fastdoubleparser");

    @TempDir
    static Path work;

    private static MistralSimulator simulator;
    private static String modulePath;

    @BeforeAll
    static void compileTheApplication() throws IOException, URISyntaxException {
        simulator = MistralSimulator.builder().apiKey("modular-key").start();
        String library = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> LIBRARY.stream().anyMatch(name -> Path.of(entry).toString().contains(name)))
                .filter(entry -> !entry.contains("test-classes") && !entry.contains("-sources"))
                .collect(Collectors.joining(File.pathSeparator));
        Path sources = Path.of(ModularApplicationIT.class.getResource("/modular-app/module-info.java").toURI()).getParent();
        Path classes = Files.createDirectories(work.resolve("app"));
        List<String> javac = new ArrayList<>(List.of("--module-path", library, "-d", classes.toString()));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> javac.add(file.toString()));
        }
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, javac.toArray(String[]::new)))
                .as("javac of the modular application").isZero();
        modulePath = library + File.pathSeparator + classes;
    }

    @AfterAll
    static void stopTheSimulator() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "httpclient5", "netty"})
    void runsOnTheModulePathWithEachTransportAndTheObserver(String transport) throws Exception {
        int chatsBefore = simulator.attempts("POST /v1/chat/completions");
        Path out = work.resolve(transport + ".out");
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath, "-m", "app/app.Main", simulator.baseUrl(), transport)
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean exited = app.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            app.destroyForcibly();
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);

        assertThat(exited).as("exited within a minute: " + output).isTrue();
        assertThat(app.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("observer: io.mistral4j.otel.OpenTelemetryCallObserver")
                .contains("propagator: io.mistral4j.otel.OpenTelemetryHeaderPropagator")
                .containsPattern("answer: \\S+")
                .containsPattern("streamed: \\S+")
                .doesNotContain("Exception");
        assertThat(simulator.attempts("POST /v1/chat/completions")).isEqualTo(chatsBefore + 2);
    }
}

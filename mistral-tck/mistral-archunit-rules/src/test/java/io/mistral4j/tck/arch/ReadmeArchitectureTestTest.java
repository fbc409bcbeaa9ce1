package io.mistral4j.tck.arch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The README's architecture test is {@code com.acme.MistralArchitectureTest}, character for
 * character; run by the JUnit platform over the consumer fixture (an application that reaches
 * into the implementation and has a package cycle), every rule of the default set reports it.
 */
class ReadmeArchitectureTestTest {

    private static final Path README = Path.of("../../README.md");
    private static final Path README_CLASS = Path.of("src/test/java/com/acme/MistralArchitectureTest.java");

    private static final Path CONSUMER_CLASS =
            Path.of("../../mistral-consumer-example/src/test/java/com/acme/MistralArchitectureTest.java");

    @Test
    void theReadmeAndTheConsumerProjectShowThisExactClass() throws IOException {
        String source = Files.readString(README_CLASS).strip();

        assertThat(Files.readString(README)).contains("```java\n" + source + "\n```");
        assertThat(Files.readString(CONSUMER_CLASS).strip()).isEqualTo(source);
    }

    @Test
    void theClassRunsEveryRuleOfTheDefaultSetAndEachReportsTheFixture() {
        Map<String, Throwable> failures = runReadmeClass();

        assertThat(failures).containsOnlyKeys(
                "USE_MISTRAL4J_THROUGH_ITS_API", "IMPLEMENTATION_IS_NOT_INSTANTIATED_DIRECTLY", "NO_PACKAGE_CYCLES");
        assertThat(failures.get("USE_MISTRAL4J_THROUGH_ITS_API").getMessage())
                .contains("com.acme.assistant.Assistant", "io.mistral4j.impl.InternalClient");
        assertThat(failures.get("IMPLEMENTATION_IS_NOT_INSTANTIATED_DIRECTLY").getMessage())
                .contains("calls constructor <io.mistral4j.impl.InternalClient.<init>()>");
        assertThat(failures.get("NO_PACKAGE_CYCLES").getMessage())
                .contains("Cycle detected", "com.acme.assistant", "com.acme.store");
    }

    /** The failed tests of the class by rule (the display name is "MistralArchRules > FIELD"). */
    private static Map<String, Throwable> runReadmeClass() {
        Map<String, Throwable> failures = new TreeMap<>();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest() && result.getStatus() == TestExecutionResult.Status.FAILED) {
                    String name = test.getDisplayName();
                    failures.put(name.substring(name.lastIndexOf(' ') + 1), result.getThrowable().orElseThrow());
                }
            }
        };
        LauncherFactory.create().execute(
                request().selectors(selectClass("com.acme.MistralArchitectureTest")).build(), listener);
        return failures;
    }
}

package io.mistral4j.impl.transport.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The kit can fail: it runs (through the JUnit Platform launcher) against transports broken on
 * purpose, and each mistake fails the tests that guard against it, with a message that names
 * the mistake. The same tests pass against the working JDK transport (JdkTransportVerificationTest).
 */
class TheKitCatchesBrokenTransportsTest {

    private static final String REPORTER = TestReporter.class.getName();

    @Test
    void aTransportThatBuffersWholeBodiesFailsTheStreamingAndBackPressureTests() {
        Map<String, String> failures = run(
                selectMethod(BufferingTransportVerification.class, "required_firstEventReachesTheCallerWhileTheServerIsStillSending"),
                selectMethod(BufferingTransportVerification.class, "required_aSlowReaderHoldsTheServerBack", REPORTER),
                selectMethod(BufferingTransportVerification.class, "required_methodsWithBodyDeliverTheBody"));

        assertThat(failures).containsKeys(
                "required_firstEventReachesTheCallerWhileTheServerIsStillSending()",
                "required_aSlowReaderHoldsTheServerBack(TestReporter)");
        assertThat(failures).as("bodies that are small and whole still work when buffered")
                .doesNotContainKey("required_methodsWithBodyDeliverTheBody()");
        assertThat(failures.get("required_firstEventReachesTheCallerWhileTheServerIsStillSending()"))
                .contains("send() did not return while the server held back the rest of an event stream");
        assertThat(failures.get("required_aSlowReaderHoldsTheServerBack(TestReporter)"))
                .contains("the transport buffers the body instead of applying back-pressure");
    }

    @Test
    void aTransportThatIgnoresCloseFailsTheReleaseTest() {
        Map<String, String> failures = run(
                selectMethod(IgnoringCloseTransportVerification.class, "required_closingAResponseEarlyReleasesItsConnection"),
                selectMethod(IgnoringCloseTransportVerification.class, "required_connectionsAreReused"));

        assertThat(failures).containsKey("required_closingAResponseEarlyReleasesItsConnection()");
        assertThat(failures.get("required_closingAResponseEarlyReleasesItsConnection()"))
                .contains("closing the response early did not release the connection");
        assertThat(failures).as("reading to the end releases the connection even when close is ignored")
                .doesNotContainKey("required_connectionsAreReused()");
    }

    @Test
    void aTransportWhoseCloseDoesNothingFailsTheLeakCheck() {
        Map<String, String> failures;
        try {
            failures = run(selectMethod(LeakingTransportVerification.class, "required_methodsWithoutBodyAreSentAsSuch"));
        } finally {
            BrokenTransports.closeLeaked();
        }

        assertThat(failures).containsOnlyKeys(LeakingTransportVerification.class.getSimpleName());
        assertThat(failures.get(LeakingTransportVerification.class.getSimpleName()))
                .contains("Leaks:")
                .contains("connection(s) still open")
                .contains("threads still running")
                .contains("mistral4j-jdk-");
    }

    /** Runs the selected tests; returns each failed test's (or class's) display name with its message. */
    private static Map<String, String> run(DiscoverySelector... selectors) {
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectors).build(), listener);
        TestExecutionSummary summary = listener.getSummary();
        List<TestExecutionSummary.Failure> failures = summary.getFailures();
        return failures.stream().collect(Collectors.toMap(
                failure -> failure.getTestIdentifier().getDisplayName(),
                failure -> String.valueOf(failure.getException().getMessage()),
                (first, second) -> first + " | " + second));
    }
}

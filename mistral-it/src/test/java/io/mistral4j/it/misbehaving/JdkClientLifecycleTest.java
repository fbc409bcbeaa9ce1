package io.mistral4j.it.misbehaving;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.MistralClient;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Closing a client on the JDK transport gives back what it took: the selector thread of its
 * {@code HttpClient} and its keep-alive connections. On Java 21 and later the transport closes
 * its {@code HttpClient}, so both go at once. Java 17's {@code HttpClient} cannot be closed: it
 * releases both only once it is unreachable and collected, which is the limitation the README
 * documents (with its workarounds); there the test lets the collector run, as a long-lived
 * application's would, and checks that nothing else holds on to them.
 */
@Timeout(30)
class JdkClientLifecycleTest {

    private static final int CLIENTS = 20;
    /** Selector threads other tests' clients may still be ending while this one counts. */
    private static final int TOLERANCE = 2;
    /** {@code HttpClient.close()} arrived in Java 21. */
    private static final boolean CAN_CLOSE_HTTP_CLIENT = Runtime.version().feature() >= 21;
    private static final Pattern SELECTOR = Pattern.compile("HttpClient-\\d+-SelectorManager");

    private final ClientFixture fixture = new ClientFixture("jdk");
    private final MisbehavingServer server = fixture.server();

    @AfterEach
    void closeEverything() {
        fixture.close();
    }

    @Test
    void closedClientsLeaveNoSelectorThreadNorConnection() throws Exception {
        long before = selectorThreads();

        for (int i = 0; i < CLIENTS; i++) {
            try (MistralClient client = fixture.builder().build()) {
                assertThat(client.models().list().data()).hasSize(1);
            }
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while ((selectorThreads() > before + TOLERANCE || server.openConnections() > 0)
                && System.nanoTime() < deadline) {
            if (!CAN_CLOSE_HTTP_CLIENT) {
                System.gc();
            }
            Thread.sleep(50);
        }
        assertThat(server.acceptedConnections()).as("connections opened").isEqualTo(CLIENTS);
        assertThat(selectorThreads()).as("HttpClient selector threads, %d before", before)
                .isLessThanOrEqualTo(before + TOLERANCE);
        assertThat(server.awaitAllClosed(Duration.ofSeconds(5))).as("connections still open").isZero();
    }

    private static long selectorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && SELECTOR.matcher(thread.getName()).matches()).count();
    }
}

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
 * {@code HttpClient} and its keep-alive connections, without waiting for a garbage collection
 * (on Java 17 the JDK's client releases both only once it is unreachable).
 */
@Timeout(30)
class JdkClientLifecycleTest {

    private static final int CLIENTS = 20;
    /** Selector threads other tests' clients may still be ending while this one counts. */
    private static final int TOLERANCE = 2;
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
        while (selectorThreads() > before + TOLERANCE && System.nanoTime() < deadline) {
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

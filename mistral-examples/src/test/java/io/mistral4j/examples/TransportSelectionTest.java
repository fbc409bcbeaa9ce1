package io.mistral4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.errors.MistralException;
import io.mistral4j.spi.HttpTransportProvider;
import io.mistral4j.tck.simulator.MistralSimulator;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Choosing a transport with all three modules on the class path, through the public API only:
 * the highest priority wins, the builder or {@code -Dmistral4j.transport} picks by name, and an
 * unknown name or no transport at all fails with a message that lists what was found.
 */
class TransportSelectionTest {

    private static final ChatCompletionRequest HELLO = ChatCompletionRequest.builder()
            .model("mistral-small-latest").addUserMessage("Hello").build();
    private static MistralSimulator simulator;

    @BeforeAll
    static void start() {
        simulator = MistralSimulator.start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static MistralClient.Builder client() {
        return MistralClient.builder().apiKey("sk-test").baseUrl(simulator.baseUrl());
    }

    @Test
    void everyTransportCanBeNamedAndServesAChat() {
        for (String name : List.of("jdk", "httpclient5", "netty")) {
            try (MistralClient client = client().transport(name).build()) {
                assertThat(client.chat().complete(HELLO).text()).as(name).isNotBlank();
            }
        }
    }

    @Test
    void withoutANameTheHighestPriorityWinsWhichIsNetty() {
        try (MistralClient client = client().build()) {
            client.chat().complete(HELLO);
            assertThat(Thread.getAllStackTraces().keySet()).as("the chosen transport's event loop threads")
                    .anySatisfy(thread -> assertThat(thread.getName()).startsWith("mistral4j-netty-"));
        }
    }

    @Test
    void theSystemPropertyPicksByName() {
        System.setProperty(HttpTransportProvider.SELECTION_PROPERTY, "no-such-transport");
        try {
            assertThatThrownBy(() -> client().build())
                    .isInstanceOf(MistralException.class)
                    .hasMessageContaining("'no-such-transport' (from -Dmistral4j.transport)");
            System.setProperty(HttpTransportProvider.SELECTION_PROPERTY, "httpclient5");
            try (MistralClient client = client().build()) {
                assertThat(client.chat().complete(HELLO).text()).isNotBlank();
            }
        } finally {
            System.clearProperty(HttpTransportProvider.SELECTION_PROPERTY);
        }
    }

    @Test
    void anUnknownNameListsEveryTransportFound() {
        assertThatThrownBy(() -> client().transport("okhttp").build())
                .isInstanceOf(MistralException.class)
                .hasMessageContaining("'okhttp' (set on the builder)")
                .hasMessageContaining("jdk (priority 0)")
                .hasMessageContaining("httpclient5 (priority 10)")
                .hasMessageContaining("netty (priority 20)");
    }

    @Test
    void noTransportAtAllSaysWhichModulesToAdd() {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        thread.setContextClassLoader(new HidingProviders(original));
        try {
            assertThatThrownBy(() -> client().build())
                    .isInstanceOf(MistralException.class)
                    .hasMessageContaining("No HTTP transport found")
                    .hasMessageContaining("transport-httpclient5")
                    .hasMessageContaining("transport-netty");
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    /** A class loader that hides every transport registration, as if no transport module were present. */
    private static final class HidingProviders extends ClassLoader {
        private static final String REGISTRATIONS = "META-INF/services/" + HttpTransportProvider.class.getName();

        HidingProviders(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return REGISTRATIONS.equals(name) ? Collections.emptyEnumeration() : super.getResources(name);
        }
    }
}

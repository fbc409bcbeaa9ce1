package io.mistral4j.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.ClientOptions;
import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.errors.MistralException;
import io.mistral4j.impl.transport.TransportSelector;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.HttpTransportProvider;
import io.mistral4j.spi.TransportConfig;
import io.mistral4j.tck.simulator.MistralSimulator;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Provider selection with this module and mistral-impl on the class path: what a user gets by
 * adding the module, by naming a transport on the builder and by {@code -Dmistral4j.transport}.
 */
class HttpClient5SelectionTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(HttpTransportProvider.SELECTION_PROPERTY);
    }

    private static HttpTransport select(String name) {
        return new TransportSelector().select(new ClientOptions(null, URI.create("http://127.0.0.1:1"), null, null,
                TransportConfig.defaults(), name, null, null, null));
    }

    @Test
    void onTheClassPathItOutranksTheJdkTransport() {
        try (HttpTransport chosen = select(null)) {
            assertThat(chosen).isInstanceOf(HttpClient5Transport.class);
        }
    }

    @Test
    void theBuilderCanStillPickTheJdkTransport() {
        try (HttpTransport chosen = select("jdk")) {
            assertThat(chosen).isNotInstanceOf(HttpClient5Transport.class);
            assertThat(chosen.getClass().getName()).contains(".jdk.");
        }
    }

    @Test
    void theSystemPropertyPicksByName() {
        System.setProperty(HttpTransportProvider.SELECTION_PROPERTY, "jdk");
        try (HttpTransport chosen = select(null)) {
            assertThat(chosen).isNotInstanceOf(HttpClient5Transport.class);
        }
        System.setProperty(HttpTransportProvider.SELECTION_PROPERTY, "httpclient5");
        try (HttpTransport chosen = select(null)) {
            assertThat(chosen).isInstanceOf(HttpClient5Transport.class);
        }
    }

    @Test
    void anUnknownNameFailsTheBuildListingWhatWasFound() {
        assertThatThrownBy(() -> MistralClient.builder().apiKey("sk-test").transport("okhttp").build())
                .isInstanceOf(MistralException.class)
                .hasMessageContaining("'okhttp'")
                .hasMessageContaining("httpclient5 (priority 10)")
                .hasMessageContaining("jdk (priority 0)");
    }

    @Test
    void aClientNamingThisTransportChatsAndStreamsEndToEnd() {
        try (MistralSimulator simulator = MistralSimulator.start();
             MistralClient client = MistralClient.builder().apiKey("sk-test").baseUrl(simulator.baseUrl())
                     .transport(HttpClient5TransportProvider.NAME).build()) {
            ChatCompletionRequest request = ChatCompletionRequest.builder().model("mistral-small-latest")
                    .addUserMessage("Say hello").build();
            assertThat(client.chat().complete(request).text()).isNotBlank();
            StringBuilder streamed = new StringBuilder();
            try (ChatCompletionStream stream = client.chat().stream(request)) {
                stream.forEachRemaining(chunk -> streamed.append(chunk.text()));
            }
            assertThat(streamed.toString()).isNotBlank();
            assertThat(simulator.requests()).hasSize(2);
        }
    }
}

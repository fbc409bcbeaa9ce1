package io.mistral4j.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.tck.simulator.MistralSimulator;
import java.time.Duration;
import java.util.List;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorStatus;
import org.junit.jupiter.api.Test;

/** A user's own pre-configured client: the transport uses it and leaves it running when closed. */
class HttpClient5OwnClientTest {

    @Test
    void theTransportSendsThroughTheUsersClientAndNeverClosesIt() {
        CloseableHttpAsyncClient mine = HttpAsyncClients.custom()
                .setDefaultHeaders(List.of(new BasicHeader("X-Configured-By", "the-user")))
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .build();
        try (MistralSimulator simulator = MistralSimulator.start()) {
            try (MistralClient client = MistralClient.builder().apiKey("sk-test").baseUrl(simulator.baseUrl())
                    .transport(HttpClient5Transport.builder().client(mine).readTimeout(Duration.ofSeconds(30)).build())
                    .build()) {
                client.chat().complete(ChatCompletionRequest.builder().model("mistral-small-latest")
                        .addUserMessage("Hello").build());
            }
            assertThat(simulator.requests()).singleElement()
                    .satisfies(request -> assertThat(request.header("X-Configured-By")).isEqualTo("the-user"));
            assertThat(mine.getStatus()).as("closing the transport must leave the user's client running")
                    .isEqualTo(IOReactorStatus.ACTIVE);
        } finally {
            mine.close(CloseMode.IMMEDIATE);
        }
    }
}

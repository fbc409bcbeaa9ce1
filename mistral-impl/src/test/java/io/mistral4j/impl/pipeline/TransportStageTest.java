package io.mistral4j.impl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.Headers;
import io.mistral4j.RequestOptions;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.impl.testing.FakeTransport;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.TransportRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Headers built unchecked are checked once more before the transport sees them. */
class TransportStageTest {

    private final FakeTransport transport = new FakeTransport();
    private final TransportStage stage = new TransportStage(transport);
    private final ApiCall call = new ApiCall("models.list", null, "GET", "/v1/models", null, null, false, null,
            RequestOptions.none());

    private static TransportRequest withHeader(String name, String value) {
        return new TransportRequest("GET", URI.create("https://api.example.test/v1/models"),
                Headers.of(Map.of(name, List.of(value))), null, null, false);
    }

    @Test
    void aControlCharacterInAnUncheckedHeaderNeverReachesTheTransport() {
        assertThatThrownBy(() -> stage.send(call, withHeader("X-Trace", "a\u0000b")))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("headers[X-Trace]: ");
        assertThatThrownBy(() -> stage.sendAsync(call, withHeader("X Trace", "ok")).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(ValidationException.class);
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void sendableHeadersPassThrough() {
        transport.answer(200, "{}");

        assertThat(stage.send(call, withHeader("X-Trace", "a\tb")).statusCode()).isEqualTo(200);
        assertThat(transport.requests()).hasSize(1);
    }
}

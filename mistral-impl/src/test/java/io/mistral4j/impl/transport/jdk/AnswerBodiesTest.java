package io.mistral4j.impl.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which answers are received whole: small ones that declare their length and are not event streams. */
class AnswerBodiesTest {

    @Test
    void aSmallAnswerOfDeclaredLengthIsReceivedWhole() {
        assertThat(AnswerBodies.bufferableLength(info(Map.of("content-type", List.of("application/json"),
                "content-length", List.of("200"))))).isEqualTo(200);
        assertThat(AnswerBodies.bufferableLength(info(Map.of("Content-Length", List.of(" 0 "))))).isZero();
        assertThat(AnswerBodies.bufferableLength(info(Map.of("CONTENT-LENGTH",
                List.of(Integer.toString(AnswerBodies.MAX_BUFFERED_BYTES)))))).isEqualTo(AnswerBodies.MAX_BUFFERED_BYTES);
    }

    @Test
    void eventStreamsLargeAnswersAndUndeclaredOrMalformedLengthsAreStreamed() {
        assertThat(AnswerBodies.bufferableLength(info(Map.of("Content-Type", List.of("Text/Event-Stream; charset=utf-8"),
                "content-length", List.of("20"))))).isEqualTo(-1);
        assertThat(AnswerBodies.bufferableLength(info(Map.of("content-length",
                List.of(Integer.toString(AnswerBodies.MAX_BUFFERED_BYTES + 1)))))).isEqualTo(-1);
        assertThat(AnswerBodies.bufferableLength(info(Map.of("content-type", List.of("application/json")))))
                .isEqualTo(-1);
        assertThat(AnswerBodies.bufferableLength(info(Map.of("content-length", List.of("12x"))))).isEqualTo(-1);
        assertThat(AnswerBodies.bufferableLength(info(Map.of("content-length", List.of("-5"))))).isEqualTo(-1);
    }

    @Test
    void theFirstOfRepeatedValuesDecides() {
        assertThat(AnswerBodies.bufferableLength(info(Map.of("content-length", List.of("10", "99999999"))))).isEqualTo(10);
        assertThat(AnswerBodies.bufferableLength(info(Map.of("content-type", List.of("text/event-stream", "text/plain"),
                "content-length", List.of("10"))))).isEqualTo(-1);
    }

    private static HttpResponse.ResponseInfo info(Map<String, List<String>> headers) {
        HttpHeaders received = HttpHeaders.of(headers, (name, value) -> true);
        return new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return 200;
            }

            @Override
            public HttpHeaders headers() {
                return received;
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }
}

package io.mistral4j.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.Headers;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The answer's body as a stream: what it says it can give without waiting. */
class HttpClient5ResponseTest {

    @Test
    void theBodySaysHowManyBytesItCanGiveWithoutWaiting() throws Exception {
        BodyBuffer buffer = new BodyBuffer(Duration.ofSeconds(5));
        InputStream body = new HttpClient5Response(200, Headers.builder().build(), buffer, () -> { }).body();
        assertThat(body.available()).isZero();

        buffer.fill(ByteBuffer.wrap("data: one\n\n".getBytes(StandardCharsets.US_ASCII)));
        buffer.fill(ByteBuffer.wrap("data: two\n\n".getBytes(StandardCharsets.US_ASCII)));
        assertThat(body.available()).isEqualTo(22);

        body.read(new byte[5], 0, 5);
        assertThat(body.available()).isEqualTo(17);
        buffer.end();
        body.readAllBytes();
        assertThat(body.available()).isZero();
    }
}

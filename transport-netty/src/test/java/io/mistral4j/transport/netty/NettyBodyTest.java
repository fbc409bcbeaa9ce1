package io.mistral4j.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The answer's body as a stream: what it says it can give without waiting. */
class NettyBodyTest {

    @Test
    void theBodySaysHowManyBytesItCanGiveWithoutWaiting() throws Exception {
        NettyBody body = new NettyBody(TimeUnit.SECONDS.toNanos(5), () -> { }, () -> { });
        assertThat(body.available()).isZero();

        body.add(List.of(ascii("data: one\n\n"), ascii("data: two\n\n")));
        assertThat(body.available()).isEqualTo(22);

        body.read(new byte[5], 0, 5);
        assertThat(body.available()).isEqualTo(17);
        body.close();
        assertThat(body.available()).isZero();
    }

    private static ByteBuf ascii(String text) {
        return Unpooled.copiedBuffer(text, StandardCharsets.US_ASCII);
    }
}

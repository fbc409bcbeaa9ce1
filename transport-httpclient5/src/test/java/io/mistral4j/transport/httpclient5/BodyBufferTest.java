package io.mistral4j.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The hand-over keeps every byte in order however the fills and the reads are cut, and across its blocks. */
@Timeout(60)
class BodyBufferTest {

    @Test
    void everyByteArrivesInOrderWhateverTheSizesOfFillsAndReads() throws Exception {
        Random random = new Random(11);
        byte[] body = new byte[3 * 1024 * 1024];
        random.nextBytes(body);
        BodyBuffer buffer = new BodyBuffer(Duration.ofSeconds(10));

        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            Random sizes = new Random(12);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] target = new byte[40_000];
            try {
                int read;
                while ((read = buffer.read(target, 0, 1 + sizes.nextInt(target.length))) >= 0) {
                    out.write(target, 0, read);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return out.toByteArray();
        });
        int at = 0;
        while (at < body.length) {
            // small chunks as a stream's events come, now and then a large one past a block's size
            int size = Math.min(body.length - at, random.nextInt(50) == 0 ? 20_000 + random.nextInt(20_000)
                    : 1 + random.nextInt(300));
            buffer.fill(ByteBuffer.wrap(body, at, size));
            at += size;
            if (random.nextInt(100) == 0) {
                Thread.sleep(1); // let the reader empty the buffer now and then
            }
        }
        buffer.end();

        assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo(body);
    }

    @Test
    void aBufferReadEmptyIsFilledAgain() throws Exception {
        BodyBuffer buffer = new BodyBuffer(Duration.ofSeconds(5));
        byte[] target = new byte[100];

        buffer.fill(ByteBuffer.wrap("first".getBytes()));
        assertThat(buffer.read(target, 0, 100)).isEqualTo(5);
        buffer.fill(ByteBuffer.wrap("second".getBytes()));
        assertThat(buffer.read(target, 0, 100)).isEqualTo(6);
        assertThat(new String(target, 0, 6)).isEqualTo("second");
        buffer.end();
        assertThat(buffer.read(target, 0, 100)).isEqualTo(-1);
    }
}

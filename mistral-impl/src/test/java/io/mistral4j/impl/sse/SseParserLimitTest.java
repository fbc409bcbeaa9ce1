package io.mistral4j.impl.sse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.impl.read.LimitExceededIOException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SseParserLimitTest {

    private static SseParser parser(String text, int bufferSize, long maxEventBytes) {
        return new SseParser(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), bufferSize, maxEventBytes);
    }

    @Test
    void aLineUpToTheLimitIsParsedAcrossReads() throws IOException {
        String data = "a".repeat(90);
        assertThat(parser("data: " + data + "\n\n", 16, 100).next().data()).isEqualTo(data);
    }

    @Test
    void aLongerLineFailsWithTheLimitInsteadOfGrowing() {
        SseParser parser = parser("data: {\"ok\":1}\n\ndata: " + "b".repeat(500) + "\n\n", 16, 100);
        assertThatThrownBy(() -> {
            assertThat(parser.next().data()).isEqualTo("{\"ok\":1}");
            parser.next();
        }).isInstanceOfSatisfying(LimitExceededIOException.class, e -> {
            assertThat(e.setting()).isEqualTo("maxEventBytes");
            assertThat(e.limitBytes()).isEqualTo(100);
        });
    }

    @Test
    void manyShortDataLinesOfOneEventCountTogether() {
        SseParser parser = parser("data: 0123456789\n".repeat(20) + "\n", 8192, 100);
        assertThatThrownBy(parser::next).isInstanceOf(LimitExceededIOException.class)
                .hasMessageContaining("more than 100 bytes of data");
    }
}

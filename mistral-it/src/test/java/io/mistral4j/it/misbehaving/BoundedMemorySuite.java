package io.mistral4j.it.misbehaving;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.errors.InternalServerException;
import io.mistral4j.errors.MistralDecodingException;
import io.mistral4j.errors.MistralException;
import io.mistral4j.errors.ResponseTooLargeException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole client against servers that send without end, on the transport a subclass names.
 * The server runs here; each call runs in a child JVM with a small heap ({@link SmallHeapJvm}),
 * where an unbounded read ends in {@link OutOfMemoryError} within seconds. Every case must end
 * with a typed error instead; the client's deadlines are far away ({@link SmallHeapCall}) so that
 * only a size limit can end it in time.
 */
@Timeout(90)
abstract class BoundedMemorySuite {

    private static final Duration WITHIN = Duration.ofSeconds(15);
    /** An error body kept for the exception is its first part: far less than this. */
    private static final int MOST_OF_AN_ERROR_BODY = 4 << 20;

    private final MisbehavingServer server = MisbehavingServer.start();

    /** The transport provider's name: {@code jdk}, {@code httpclient5} or {@code netty}. */
    abstract String transport();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void anEndlessChunkedAnswerIsTooLarge() throws Exception {
        server.always(Behaviours.endlessChunkedJson(200));

        CaseReport report = SmallHeapJvm.run(transport(), server, MemoryCase.LIST_MODELS);

        report.failedWith(ResponseTooLargeException.class, WITHIN);
        assertThat(report.number("limitBytes")).isPositive();
    }

    @Test
    void aHugeErrorBodyIsCutAndTheCallEndsAfterItsAttempts() throws Exception {
        server.always(Behaviours.hugeChunkedError(500, 300L << 20));

        CaseReport report = SmallHeapJvm.run(transport(), server, MemoryCase.LIST_MODELS);

        report.failedWith(InternalServerException.class, Duration.ofSeconds(10));
        assertThat(report.number("statusCode")).isEqualTo(500);
        assertThat(report.text("rawBodyStart")).startsWith("{\"object\":\"error\"");
        assertThat(report.number("rawBodyLength")).isLessThan(MOST_OF_AN_ERROR_BODY);
        assertThat(server.requestCount()).as("attempts, with a policy of 3").isBetween(1, 3);
    }

    @Test
    void anEndlessLineBeforeTheFirstEventIsTooLarge() throws Exception {
        server.always(Behaviours.endlessSseLine());

        CaseReport report = SmallHeapJvm.run(transport(), server, MemoryCase.STREAM_CHAT);

        report.failedWith(ResponseTooLargeException.class, WITHIN);
        assertThat(report.events()).isEmpty();
    }

    @Test
    void anEndlessLineAfterAnEventEndsTheStreamWithATypedError() throws Exception {
        server.always(Behaviours.endlessSseLine(Payloads.chunkEvent("Hi")));

        CaseReport report = SmallHeapJvm.run(transport(), server, MemoryCase.STREAM_CHAT);

        report.failedWith(MistralException.class, WITHIN);
        assertThat(Class.forName(report.failure())).as("%s", report)
                .matches(type -> ResponseTooLargeException.class.isAssignableFrom(type)
                        || MistralDecodingException.class.isAssignableFrom(type), "a size or decoding error");
        assertThat(report.events()).containsExactly("Hi");
    }
}

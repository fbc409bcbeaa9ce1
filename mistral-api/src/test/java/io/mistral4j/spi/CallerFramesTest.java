package io.mistral4j.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralException;
import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.errors.ValidationException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CallerFramesTest {

    /** Creates the failure on another thread, as an event loop would. */
    private static <T extends MistralException> T raisedElsewhere(Supplier<T> failure) {
        return CompletableFuture.supplyAsync(failure, runnable -> new Thread(runnable, "io-thread").start()).join();
    }

    private static boolean hasThisTestsFrame(Throwable thrown) {
        // the lambdas creating the failures run on the other thread: only the test methods count
        return Arrays.stream(thrown.getStackTrace()).anyMatch(f -> f.getClassName().equals(CallerFramesTest.class.getName())
                && !f.getMethodName().startsWith("lambda$"));
    }

    @Test
    void aTimeoutIsRethrownAsATimeoutOfTheSameKindWithTheCallersFrames() {
        MistralTimeoutException original = raisedElsewhere(() -> new MistralTimeoutException(
                MistralTimeoutException.Kind.RESPONSE, "no answer within 300 ms", null));
        assertThat(hasThisTestsFrame(original)).isFalse();

        MistralException wrapped = CallerFrames.wrap(original);

        assertThat(wrapped).isExactlyInstanceOf(MistralTimeoutException.class).hasMessage(original.getMessage())
                .hasCause(original);
        assertThat(((MistralTimeoutException) wrapped).kind()).isEqualTo(MistralTimeoutException.Kind.RESPONSE);
        assertThat(hasThisTestsFrame(wrapped)).isTrue();
    }

    @Test
    void aConnectionFailureKeepsItsType() {
        MistralConnectionException original = raisedElsewhere(() -> new MistralConnectionException("reset", null));

        assertThat(CallerFrames.wrap(original)).isExactlyInstanceOf(MistralConnectionException.class)
                .hasCause(original).satisfies(wrapped -> assertThat(hasThisTestsFrame(wrapped)).isTrue());
    }

    @Test
    void aTypeItCannotRebuildIsKeptWithTheCallersFramesSuppressed() {
        ValidationException original = raisedElsewhere(() -> new ValidationException("model", "is required"));

        MistralException wrapped = CallerFrames.wrap(original);

        assertThat(wrapped).isSameAs(original);
        assertThat(original.getSuppressed()).singleElement().satisfies(frames -> assertThat(hasThisTestsFrame(frames))
                .isTrue());
    }
}

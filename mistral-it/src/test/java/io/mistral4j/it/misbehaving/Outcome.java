package io.mistral4j.it.misbehaving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What one call did, watched from outside: its value or what it threw (errors such as
 * {@link OutOfMemoryError} included), how long it took, or that it was still running when the
 * wait ran out. The call runs on a daemon thread of its own so that a hang costs the wait, not
 * the build.
 */
final class Outcome<T> {

    private final T value;
    private final Throwable failure;
    private final Duration elapsed;
    private final boolean ended;

    private Outcome(T value, Throwable failure, Duration elapsed, boolean ended) {
        this.value = value;
        this.failure = failure;
        this.elapsed = elapsed;
        this.ended = ended;
    }

    static <T> Outcome<T> of(Callable<T> call, Duration wait) throws InterruptedException {
        Object[] result = new Object[2];
        long start = System.nanoTime();
        Thread runner = new Thread(() -> {
            try {
                result[0] = call.call();
            } catch (Throwable t) { // an OutOfMemoryError is an outcome to report, not to die of
                result[1] = t;
            }
        }, "misbehaving-call");
        runner.setDaemon(true);
        runner.start();
        runner.join(wait.toMillis());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (runner.isAlive()) {
            runner.interrupt();
            return new Outcome<>(null, null, elapsed, false);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return new Outcome<>(value, unwrap((Throwable) result[1]), elapsed, true);
    }

    /** The exception a caller of a future really got: the cause of the future's wrappers. */
    private static Throwable unwrap(Throwable thrown) {
        Throwable failure = thrown;
        while ((failure instanceof ExecutionException || failure instanceof CompletionException)
                && failure.getCause() != null) {
            failure = failure.getCause();
        }
        return failure;
    }

    T value() {
        return value;
    }

    /** What the call threw, futures' wrappers removed; null if it returned or is still running. */
    Throwable failure() {
        return failure;
    }

    Duration elapsed() {
        return elapsed;
    }

    boolean ended() {
        return ended;
    }

    /** Whether an {@link OutOfMemoryError} is what was thrown or anywhere in its causes. */
    boolean ranOutOfMemory() {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /**
     * Asserts that the call ended within {@code within}, without {@link OutOfMemoryError}, by
     * throwing a {@code type}; returns what it threw.
     */
    <X extends Throwable> X failedWith(Class<X> type, Duration within) {
        assertThat(ended).as("the call ended: %s", this).isTrue();
        assertThat(ranOutOfMemory()).as("no OutOfMemoryError: %s", this).isFalse();
        assertThat(failure).as("what the call threw: %s", this).isInstanceOf(type);
        assertThat(elapsed).as("time the call took: %s", this).isLessThan(within);
        return type.cast(failure);
    }

    /** Asserts that the call ended by returning; returns the value. */
    T returned() {
        assertThat(ended).as("the call ended: %s", this).isTrue();
        assertThat(failure).as("what the call threw: %s", this).isNull();
        return value;
    }

    @Override
    public String toString() {
        if (!ended) {
            return "still running after " + elapsed.toMillis() + " ms";
        }
        return (failure == null ? "returned " + value : "threw " + failure) + " after " + elapsed.toMillis() + " ms";
    }
}

package io.mistral4j;

import io.mistral4j.errors.ValidationException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How {@code awaitCompletion} waits for a job: the longest wait, the pause between two
 * polls, and a callback that sees the job after every poll (to log progress or update a UI).
 *
 * <pre>{@code
 * BatchJob done = client.batch().awaitCompletion(job.id(), AwaitOptions.<BatchJob>builder()
 *         .timeout(Duration.ofHours(2))
 *         .pollInterval(Duration.ofSeconds(30))
 *         .onProgress(j -> System.out.println(j.status() + " " + j.completedRequests() + "/" + j.totalRequests()))
 *         .build());
 * }</pre>
 *
 * @param <J> the job type
 */
public final class AwaitOptions<J> {

    /** The pause between polls unless set otherwise. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);

    private final Duration timeout;
    private final Duration pollInterval;
    private final Consumer<? super J> onProgress;

    private AwaitOptions(Duration timeout, Duration pollInterval, Consumer<? super J> onProgress) {
        this.timeout = timeout;
        this.pollInterval = pollInterval;
        this.onProgress = onProgress;
    }

    /** Waits up to {@code timeout}, polling every {@link #DEFAULT_POLL_INTERVAL}, without a callback. */
    public static <J> AwaitOptions<J> timeout(Duration timeout) {
        return AwaitOptions.<J>builder().timeout(timeout).build();
    }

    /** A builder polling every {@link #DEFAULT_POLL_INTERVAL} without a callback; the timeout must be set. */
    public static <J> Builder<J> builder() {
        return new Builder<>();
    }

    /** The longest wait before a {@link io.mistral4j.errors.JobTimeoutException}; positive. */
    public Duration timeout() {
        return timeout;
    }

    /** The pause between two polls; positive. */
    public Duration pollInterval() {
        return pollInterval;
    }

    /** Called with the job after each poll, terminal or not; never null. */
    public Consumer<? super J> onProgress() {
        return onProgress;
    }

    @Override
    public String toString() {
        return "AwaitOptions{timeout=" + timeout + ", pollInterval=" + pollInterval + '}';
    }

    /** Builds {@link AwaitOptions}; the timeout is required. */
    public static final class Builder<J> {
        private Duration timeout;
        private Duration pollInterval = DEFAULT_POLL_INTERVAL;
        private Consumer<? super J> onProgress = job -> { };

        private Builder() {
        }

        /**
         * The longest wait before a {@link io.mistral4j.errors.JobTimeoutException}. Required and
         * positive; a duration beyond {@link Durations#MAX} is cut to it.
         */
        public Builder<J> timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** The pause between two polls (default 5 s). */
        public Builder<J> pollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
            return this;
        }

        /**
         * Called with the job after each poll, on the polling thread; must not be null (the default does
         * nothing).
         */
        public Builder<J> onProgress(Consumer<? super J> onProgress) {
            this.onProgress = Objects.requireNonNull(onProgress, "onProgress");
            return this;
        }

        /**
         * The options; throws {@link ValidationException} if the timeout is missing or the timeout or poll
         * interval is not positive.
         */
        public AwaitOptions<J> build() {
            if (timeout == null) {
                throw new ValidationException("timeout", "is required");
            }
            return new AwaitOptions<>(Durations.requirePositive("timeout", timeout),
                    Durations.requirePositive("pollInterval", pollInterval), onProgress);
        }
    }
}

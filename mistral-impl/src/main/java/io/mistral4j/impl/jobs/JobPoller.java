package io.mistral4j.impl.jobs;

import io.mistral4j.AwaitOptions;
import io.mistral4j.errors.ClientClosedException;
import io.mistral4j.errors.JobTimeoutException;
import io.mistral4j.errors.MistralException;
import io.mistral4j.errors.ValidationException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polls a job until it is terminal or the deadline passes. The last poll happens at the
 * deadline, so a job that finishes just in time is returned rather than reported late. The
 * clock and the sleeper are injected so that tests control time. Once the client closes, a
 * wait fails with a {@link ClientClosedException} (an asynchronous one at once).
 */
public final class JobPoller {

    /** Waits; a test replaces it to advance a fake clock instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final ClosingSignal closing;

    /** A poller of a client that never closes. */
    public JobPoller(LongSupplier nanoTime, Sleeper sleeper) {
        this(nanoTime, sleeper, new ClosingSignal());
    }

    /** A poller whose waits fail with a {@link ClientClosedException} once {@code closing} closes. */
    public JobPoller(LongSupplier nanoTime, Sleeper sleeper, ClosingSignal closing) {
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.closing = closing;
    }

    /** The poller of the real clock. */
    public static JobPoller system() {
        return new JobPoller(System::nanoTime, duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos()));
    }

    /** The poller of the real clock for a client that signals its closing: a wait between polls ends with it. */
    public static JobPoller system(ClosingSignal closing) {
        return new JobPoller(System::nanoTime, closing::sleep, closing);
    }

    /**
     * Polls {@code fetch} until {@code terminal} holds, calling the progress callback after each
     * poll, or throws a {@link JobTimeoutException} carrying the last status seen.
     */
    public <J> J await(String jobId, AwaitOptions<J> options, Supplier<J> fetch, Predicate<J> terminal,
                       Function<J, Object> status) {
        require(jobId, options);
        long started = nanoTime.getAsLong();
        long deadline = started + options.timeout().toNanos();
        while (true) {
            J job = fetchUnlessClosed(jobId, fetch);
            options.onProgress().accept(job);
            if (terminal.test(job)) {
                return job;
            }
            long remaining = deadline - nanoTime.getAsLong();
            if (remaining <= 0) {
                throw new JobTimeoutException(jobId, String.valueOf(status.apply(job)), options.timeout());
            }
            try {
                sleeper.sleep(Duration.ofNanos(Math.min(options.pollInterval().toNanos(), remaining)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MistralException("interrupted while waiting for job " + jobId, e);
            }
        }
    }

    /**
     * Like {@link #await} without blocking a thread between polls: each next poll is scheduled
     * on {@code executor} after the interval.
     */
    public <J> CompletableFuture<J> awaitAsync(String jobId, AwaitOptions<J> options,
                                               Supplier<CompletableFuture<J>> fetch, Predicate<J> terminal,
                                               Function<J, Object> status, Executor executor) {
        try {
            require(jobId, options);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        long deadline = nanoTime.getAsLong() + options.timeout().toNanos();
        CompletableFuture<J> result = new CompletableFuture<>();
        Runnable unregister = closing.onClose(() -> result.completeExceptionally(closed(jobId, null)));
        result.whenComplete((job, error) -> unregister.run());
        poll(jobId, options, fetch, terminal, status, executor, deadline, result);
        return result;
    }

    private <J> J fetchUnlessClosed(String jobId, Supplier<J> fetch) {
        if (closing.isClosed()) {
            throw closed(jobId, null);
        }
        try {
            return fetch.get();
        } catch (MistralException e) {
            // a poll cut short by the closing client reports the closing, not its symptom
            throw closing.isClosed() ? closed(jobId, e) : e;
        }
    }

    private static ClientClosedException closed(String jobId, Throwable cause) {
        return new ClientClosedException("the client was closed while waiting for job " + jobId
                + " to complete; the job itself goes on", cause);
    }

    private <J> void poll(String jobId, AwaitOptions<J> options, Supplier<CompletableFuture<J>> fetch,
                          Predicate<J> terminal, Function<J, Object> status, Executor executor, long deadline,
                          CompletableFuture<J> result) {
        if (result.isDone()) {
            return; // cancelled by the caller
        }
        CompletableFuture<J> attempt;
        try {
            attempt = fetch.get();
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
        }
        attempt.whenComplete((job, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            try {
                options.onProgress().accept(job);
                if (terminal.test(job)) {
                    result.complete(job);
                    return;
                }
                long remaining = deadline - nanoTime.getAsLong();
                if (remaining <= 0) {
                    result.completeExceptionally(new JobTimeoutException(jobId, String.valueOf(status.apply(job)),
                            options.timeout()));
                    return;
                }
                long wait = Math.min(options.pollInterval().toNanos(), remaining);
                Executor later = CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS, executor);
                later.execute(() -> poll(jobId, options, fetch, terminal, status, executor, deadline, result));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
    }

    private static void require(String jobId, AwaitOptions<?> options) {
        if (jobId == null || jobId.isBlank()) {
            throw new ValidationException("jobId", "is required");
        }
        if (options == null) {
            throw new ValidationException("await", "must not be null");
        }
    }
}

package io.mistral4j.impl.resilience;

import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.mistral4j.Headers;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralException;
import io.mistral4j.errors.MistralServiceException;
import io.mistral4j.impl.chain.CallStage;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.http.Redactor;
import io.mistral4j.impl.read.BufferedResponse;
import io.mistral4j.resilience.RetryPolicy;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.function.DoubleSupplier;

/**
 * Retries failed attempts on Resilience4j's {@link Retry}: it counts the attempts, decides from
 * {@link Failures} whether an outcome is retryable and computes the wait (the server's
 * {@code Retry-After}, else {@link Backoff}); this stage does the waiting on {@link Timing},
 * keeps the retries within the policy's total budget and the call's time left, and tells the
 * call's listener about each retry. {@link RetryRules} narrows what is retried for calls that create
 * state, and a server asking for a longer wait than the policy's {@code retryAfterCap} ends
 * the call at once. The answers it judges are settled (see {@code read.ReadStage}), so a stream is
 * retried only while its first event has not been handed on. A request whose body cannot be
 * read twice gets one attempt.
 *
 * <p>A call that fails after more than one attempt fails with its last attempt's typed
 * exception, which records the number of attempts and carries the earlier failures as
 * suppressed exceptions; an error answer is turned into that exception here (after telling the
 * listener of the answer), since only this stage knows the attempts that came before it.
 */
public final class RetryStage implements CallStage {

    private final CallStage next;
    private final RetryPolicy policy;
    private final Timing timing;
    private final Backoff backoff;
    private final Executor executor;
    private final Redactor redactor;
    private final ConcurrentMap<Integer, Retry> retriesByAttempts = new ConcurrentHashMap<>();

    public RetryStage(CallStage next, RetryPolicy policy, Timing timing, DoubleSupplier random, Executor executor) {
        this(next, policy, timing, random, executor, Redactor.none());
    }

    /** @param redactor hides the client's key where an error body echoes it */
    public RetryStage(CallStage next, RetryPolicy policy, Timing timing, DoubleSupplier random, Executor executor,
                      Redactor redactor) {
        this.next = next;
        this.redactor = redactor;
        this.policy = policy;
        this.timing = timing;
        this.backoff = new Backoff(policy, random);
        this.executor = executor;
    }

    @Override
    public TransportResponse send(ApiCall call, TransportRequest request) {
        return send(call, request, CallListener.NONE);
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request) {
        return sendAsync(call, request, CallListener.NONE);
    }

    @Override
    public TransportResponse send(ApiCall call, TransportRequest request, CallListener listener) {
        int attempts = attemptsFor(call, request);
        if (attempts <= 1) {
            return next.send(call, request);
        }
        Attempts state = new Attempts(call, request, listener, attempts);
        while (true) {
            Step step;
            try {
                step = state.judge(next.send(call, state.nextRequest()), null);
            } catch (RuntimeException e) {
                step = state.judge(null, e);
            }
            if (step.delay == null) {
                return step.finish();
            }
            try {
                timing.sleep(step.delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw state.finalFailure(new MistralConnectionException("interrupted while waiting to retry " + call, e));
            }
        }
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request,
                                                          CallListener listener) {
        int attempts = attemptsFor(call, request);
        if (attempts <= 1) {
            return next.sendAsync(call, request);
        }
        CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        attemptAsync(new Attempts(call, request, listener, attempts), result);
        return result;
    }

    private void attemptAsync(Attempts state, CompletableFuture<TransportResponse> result) {
        CompletableFuture<TransportResponse> sent;
        try {
            sent = next.sendAsync(state.call, state.nextRequest());
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        sent.whenComplete((response, error) -> {
            Step step;
            try {
                step = state.judge(response, error == null ? null : unwrap(error));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            if (step.delay == null) {
                if (step.error != null) {
                    result.completeExceptionally(step.error);
                } else {
                    result.complete(step.response);
                }
                return;
            }
            timing.delay(step.delay, executor).whenComplete((ignored, delayError) -> attemptAsync(state, result));
        });
    }

    private int attemptsFor(ApiCall call, TransportRequest request) {
        if (request.body() != null && !request.body().isRepeatable()) {
            return 1;
        }
        return call.options().maxAttempts().orElse(policy.maxAttempts());
    }

    private Retry retry(int maxAttempts) {
        return retriesByAttempts.computeIfAbsent(maxAttempts, attempts -> Retry.of("mistral4j-" + attempts,
                RetryConfig.<TransportResponse>custom()
                        .maxAttempts(attempts)
                        .retryOnException(Failures::isRetryable)
                        .retryOnResult(response -> Failures.isRetryableStatus(response.statusCode()))
                        .intervalBiFunction(this::intervalMillis)
                        .failAfterMaxAttempts(false)
                        .build()));
    }

    /** The wait after failed attempt {@code attempt}: what the server asked for, else the backoff. */
    private long intervalMillis(Integer attempt, Either<Throwable, TransportResponse> outcome) {
        Headers headers = outcome.isRight() ? outcome.get().headers() : headersOf(outcome.getLeft());
        Duration wait = RetryAfter.of(headers, timing.clock().instant(), policy.retryAfterCap())
                .orElseGet(() -> backoff.after(attempt));
        return wait.toMillis();
    }

    private static Headers headersOf(Throwable error) {
        return error instanceof MistralServiceException ? ((MistralServiceException) error).headers() : Headers.empty();
    }

    private static RuntimeException unwrap(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof RuntimeException ? (RuntimeException) cause
                : new MistralException("call failed: " + cause, cause);
    }

    /** The retry state of one call. */
    private final class Attempts {
        private final ApiCall call;
        private final TransportRequest request;
        private final CallListener listener;
        private final Retry.AsyncContext<TransportResponse> context;
        private final Instant callDeadline;
        private final Instant retryDeadline;
        private final List<Throwable> earlierFailures = new ArrayList<>();
        private int attempt;

        Attempts(ApiCall call, TransportRequest request, CallListener listener, int maxAttempts) {
            this.call = call;
            this.request = request;
            this.listener = listener;
            this.context = retry(maxAttempts).asyncContext();
            Instant start = timing.clock().instant();
            Duration overall = request.responseTimeout();
            this.callDeadline = overall == null ? null : start.plus(overall);
            Duration budget = overall == null || policy.totalBudget().compareTo(overall) < 0
                    ? policy.totalBudget() : overall;
            this.retryDeadline = start.plus(budget);
        }

        /** The next attempt's request, its response timeout narrowed to the time left in the call. */
        TransportRequest nextRequest() {
            attempt++;
            if (attempt == 1 || callDeadline == null) {
                return request;
            }
            Duration left = Duration.between(timing.clock().instant(), callDeadline);
            if (left.compareTo(Duration.ofMillis(1)) < 0) {
                left = Duration.ofMillis(1);
            }
            return new TransportRequest(request.method(), request.uri(), request.headers(), request.body(), left,
                    request.streaming());
        }

        Step judge(TransportResponse response, RuntimeException error) {
            if (error != null) {
                if (!RetryRules.mayRetry(call, error) || asksTooLong(headersOf(error))) {
                    return Step.fail(finalFailure(error));
                }
                long delay = context.onError(error);
                if (delay < 0 || !fits(delay)) {
                    return Step.fail(finalFailure(error));
                }
                return retryAfter(error, delay);
            }
            if (!RetryRules.mayRetry(call, response.statusCode()) || asksTooLong(response.headers())) {
                return finalAnswer(response);
            }
            long delay = context.onResult(response);
            if (delay < 0 || !fits(delay)) {
                return finalAnswer(response);
            }
            return retryAfter(failureOf(response), delay);
        }

        /**
         * The last attempt's answer: handed on as it is after a single attempt, else, when it
         * is an error, thrown as the typed exception that knows the attempts before it.
         */
        private Step finalAnswer(TransportResponse response) {
            context.onComplete();
            if (attempt == 1 || response.statusCode() < 300) {
                return Step.succeed(response);
            }
            listener.onResponse(response.statusCode(), response.headers());
            return Step.fail(finalFailure(failureOf(response)));
        }

        /** The failure that ends the call, told how many attempts were made and what failed before. */
        RuntimeException finalFailure(RuntimeException error) {
            if (attempt > 1) {
                if (error instanceof MistralException) {
                    ((MistralException) error).afterAttempts(attempt, earlierFailures);
                } else {
                    earlierFailures.stream().filter(earlier -> earlier != error).forEach(error::addSuppressed);
                }
            }
            return error;
        }

        /** Whether the server asked for a longer wait than the policy honours: retrying sooner is pointless. */
        private boolean asksTooLong(Headers headers) {
            return RetryAfter.requested(headers, timing.clock().instant())
                    .filter(wait -> wait.compareTo(policy.retryAfterCap()) > 0).isPresent();
        }

        private boolean fits(long delayMillis) {
            return !timing.clock().instant().plusMillis(delayMillis).isAfter(retryDeadline);
        }

        private Step retryAfter(Throwable cause, long delayMillis) {
            earlierFailures.add(cause);
            Duration delay = Duration.ofMillis(delayMillis);
            listener.onRetry(attempt, cause, delay);
            return Step.waitFor(delay);
        }

        /** The typed exception a retried error answer stands for, as listeners see it. */
        private MistralServiceException failureOf(TransportResponse response) {
            try (response) {
                String body = response instanceof BufferedResponse ? ((BufferedResponse) response).text() : "";
                return CallExecutor.failure(call, response.statusCode(), response.headers(), redactor.hide(body));
            }
        }
    }

    /** What to do after an attempt: hand back its answer, throw its failure, or wait and try again. */
    private static final class Step {
        final TransportResponse response;
        final RuntimeException error;
        final Duration delay;

        private Step(TransportResponse response, RuntimeException error, Duration delay) {
            this.response = response;
            this.error = error;
            this.delay = delay;
        }

        static Step succeed(TransportResponse response) {
            return new Step(response, null, null);
        }

        static Step fail(RuntimeException error) {
            return new Step(null, error, null);
        }

        static Step waitFor(Duration delay) {
            return new Step(null, null, delay);
        }

        TransportResponse finish() {
            if (error != null) {
                throw error;
            }
            return response;
        }
    }
}

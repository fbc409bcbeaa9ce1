package io.mistral4j.impl.operation;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.Usage;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.http.Pages;
import io.mistral4j.pagination.Page;
import io.mistral4j.spi.ApiCall;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Runs {@link Operation}s in the four forms the services offer, with the options of the view
 * it belongs to: the value, the value with its raw answer, and both without blocking. A bad
 * input throws in the blocking forms and fails the future in the others; nothing is sent.
 */
public final class Operations {

    private final CallExecutor executor;
    private final RequestOptions options;

    public Operations(CallExecutor executor) {
        this(executor, RequestOptions.none());
    }

    private Operations(CallExecutor executor, RequestOptions options) {
        this.executor = executor;
        this.options = options;
    }

    /** Runs with {@code more} on top of this view's options (see {@link RequestOptions#mergedWith}). */
    public Operations withOptions(RequestOptions more) {
        if (more == null) {
            throw new ValidationException("options", "must not be null (RequestOptions.none() sets nothing)");
        }
        return new Operations(executor, options.mergedWith(more));
    }

    public RequestOptions options() {
        return options;
    }

    /** What streams and downloads are opened with. */
    public CallExecutor executor() {
        return executor;
    }

    /** The call {@code operation} makes for {@code input}, for the operations a service opens itself (streams, downloads). */
    public <I, O> ApiCall call(Operation<I, O> operation, I input) {
        return operation.call(input, new CallSpec(executor.codec(), options));
    }

    public <I, O> O value(Operation<I, O> operation, I input) {
        return raw(operation, input).value();
    }

    public <I, O> ApiResponse<O> raw(Operation<I, O> operation, I input) {
        return executor.execute(call(operation, input), operation.answerType(), usage(operation));
    }

    public <I, O> CompletableFuture<O> async(Operation<I, O> operation, I input) {
        return rawAsync(operation, input).thenApply(ApiResponse::value);
    }

    public <I, O> CompletableFuture<ApiResponse<O>> rawAsync(Operation<I, O> operation, I input) {
        ApiCall call;
        try {
            call = call(operation, input);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return executor.executeAsync(call, operation.answerType(), usage(operation));
    }

    /** A page of a list, whose following pages are fetched through this view when asked for. */
    public <I, L, T> Page<T> page(Operation<I, L> operation, I request, Listing<I, L, T> listing) {
        return rawPage(operation, request, listing).value();
    }

    public <I, L, T> ApiResponse<Page<T>> rawPage(Operation<I, L> operation, I request, Listing<I, L, T> listing) {
        ApiResponse<L> answer = raw(operation, request);
        return Pages.wrap(answer, linked(operation, request, listing, answer.value()));
    }

    public <I, L, T> CompletableFuture<Page<T>> pageAsync(Operation<I, L> operation, I request,
                                                         Listing<I, L, T> listing) {
        return rawPageAsync(operation, request, listing).thenApply(ApiResponse::value);
    }

    public <I, L, T> CompletableFuture<ApiResponse<Page<T>>> rawPageAsync(Operation<I, L> operation, I request,
                                                                         Listing<I, L, T> listing) {
        return rawAsync(operation, request)
                .thenApply(answer -> Pages.wrap(answer, linked(operation, request, listing, answer.value())));
    }

    private <I, L, T> Page<T> linked(Operation<I, L> operation, I request, Listing<I, L, T> listing, L answer) {
        return listing.link(request, answer, next -> page(operation, next, listing));
    }

    private static <O> Function<O, Usage> usage(Operation<?, O> operation) {
        return operation.reportsUsage() ? operation::usageOf : null;
    }
}

package io.mistral4j.impl.operation;

import io.mistral4j.pagination.Page;
import java.util.function.Function;

/**
 * How a list operation's answer becomes a {@link Page} whose following pages are fetched only
 * when asked for: by page number ({@link Paging}) or by a cursor the answer hands back
 * ({@link CursorPaging}).
 *
 * @param <I> the list request (its filters and where to start)
 * @param <L> the answer as the wire has it
 * @param <T> an item
 */
public interface Listing<I, L, T> {

    /** The page {@code answer} holds; {@code fetch} gets the page of another request. */
    Page<T> link(I request, L answer, Function<I, Page<T>> fetch);
}

package io.mistral4j.impl.operation;

import io.mistral4j.pagination.Page;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How a cursor-paged list operation pages: its answer hands back a token for the next page, and
 * the request sends it back. Cursor answers carry no total.
 *
 * @param items      the items of an answer
 * @param nextCursor the token of the next page, null or blank on the last one
 * @param withCursor the request for the page of a token
 * @param <I>        the list request (its filters and cursor)
 * @param <L>        the answer as the wire has it
 * @param <T>        an item
 */
public record CursorPaging<I, L, T>(Function<L, List<T>> items, Function<L, String> nextCursor,
                                    BiFunction<I, String, I> withCursor) implements Listing<I, L, T> {

    /**
     * There is a next page when the answer hands back a token and is not empty: a server that
     * keeps returning a token with nothing in it would otherwise be walked forever.
     */
    @Override
    public Page<T> link(I request, L answer, Function<I, Page<T>> fetch) {
        List<T> page = items.apply(answer);
        String cursor = nextCursor.apply(answer);
        boolean more = cursor != null && !cursor.isBlank() && !page.isEmpty();
        return Page.of(page, null, more ? () -> fetch.apply(withCursor.apply(request, cursor)) : null);
    }
}

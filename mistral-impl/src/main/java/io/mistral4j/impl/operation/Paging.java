package io.mistral4j.impl.operation;

import java.util.List;

/**
 * How a page-numbered list operation pages ({@code page} from 0, {@code page_size}): where its
 * answer keeps the items and the total, and how its request asks for another page.
 *
 * @param <I> the list request (its filters and page)
 * @param <L> the answer as the wire has it
 * @param <T> an item
 */
public interface Paging<I, L, T> {

    List<T> items(L answer);

    /** The number of items in all pages, or null when the server did not say. */
    Long total(L answer);

    int page(I request);

    int pageSize(I request);

    I withPage(I request, int page);
}

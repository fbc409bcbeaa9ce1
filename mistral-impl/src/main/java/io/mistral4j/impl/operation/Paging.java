package io.mistral4j.impl.operation;

import io.mistral4j.impl.http.Pages;
import io.mistral4j.pagination.Page;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * How a page-numbered list operation pages ({@code page} from 0, {@code page_size}): where its
 * answer keeps the items and the total, and how its request asks for another page.
 *
 * @param <I> the list request (its filters and page)
 * @param <L> the answer as the wire has it
 * @param <T> an item
 */
public interface Paging<I, L, T> extends Listing<I, L, T> {

    List<T> items(L answer);

    /** The number of items in all pages, or null when the server did not say. */
    Long total(L answer);

    int page(I request);

    int pageSize(I request);

    I withPage(I request, int page);

    /** There is a next page when the total says more items follow, or, without a total, when this page is full. */
    @Override
    default Page<T> link(I request, L answer, Function<I, Page<T>> fetch) {
        return Pages.of(items(answer), total(answer), page(request), pageSize(request),
                next -> fetch.apply(withPage(request, next)));
    }

    /** A paging made of its five parts. */
    static <I, L, T> Paging<I, L, T> of(Function<L, List<T>> items, Function<L, Long> total, ToIntFunction<I> page,
                                        ToIntFunction<I> pageSize, BiFunction<I, Integer, I> withPage) {
        return new Paging<>() {
            @Override
            public List<T> items(L answer) {
                return items.apply(answer);
            }

            @Override
            public Long total(L answer) {
                return total.apply(answer);
            }

            @Override
            public int page(I request) {
                return page.applyAsInt(request);
            }

            @Override
            public int pageSize(I request) {
                return pageSize.applyAsInt(request);
            }

            @Override
            public I withPage(I request, int next) {
                return withPage.apply(request, next);
            }
        };
    }
}

package io.mistral4j.impl.http;

import io.mistral4j.ApiResponse;
import io.mistral4j.pagination.Page;
import java.util.List;
import java.util.function.IntFunction;

/** Page-numbered lists ({@code page} from 0, {@code page_size}) as lazily linked {@link Page}s. */
public final class Pages {

    private Pages() {
    }

    /**
     * A page whose next page is fetched by {@code fetchPage} when asked for. There is a next page
     * when the server's total says more items follow, or, without a total, when this page is full.
     */
    public static <T> Page<T> of(List<T> items, Long total, int page, int pageSize, IntFunction<Page<T>> fetchPage) {
        boolean more;
        if (items.isEmpty()) {
            more = false;
        } else if (total != null) {
            more = (long) (page + 1) * pageSize < total;
        } else {
            more = items.size() >= pageSize;
        }
        return Page.of(items, total, more ? () -> fetchPage.apply(page + 1) : null);
    }

    /** The same answer with its value replaced by a page. */
    public static <T> ApiResponse<Page<T>> wrap(ApiResponse<?> response, Page<T> page) {
        return new ApiResponse<>(response.statusCode(), response.headers(), response.rawBody(), page);
    }
}

package io.mistral4j.pagination;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a list operation, and the way to the next. {@link #autoPager()} and
 * {@link #stream()} walk every item from this page on, fetching each following page only when
 * the items before it have been consumed.
 *
 * <pre>{@code
 * for (FileInfo file : client.files().list(FileListRequest.builder().pageSize(50).build()).autoPager()) {
 *     ...
 * }
 * }</pre>
 *
 * @param <T> the item type
 */
public final class Page<T> {

    private final List<T> items;
    private final Long total;
    private final Supplier<Page<T>> next;

    private Page(List<T> items, Long total, Supplier<Page<T>> next) {
        this.items = List.copyOf(items);
        this.total = total;
        this.next = next;
    }

    /**
     * A page; {@code next} fetches the following one, or is null when this is the last page.
     * Implementations decide "last" from the server's answer (a total, a short page, a cursor).
     */
    public static <T> Page<T> of(List<T> items, Long total, Supplier<Page<T>> next) {
        return new Page<>(Objects.requireNonNull(items, "items"), total, next);
    }

    /** The items of this page only. */
    public List<T> items() {
        return items;
    }

    /** The total number of items across all pages, when the server reports it. */
    public OptionalLong total() {
        return total == null ? OptionalLong.empty() : OptionalLong.of(total);
    }

    /** Whether another page follows; {@link #nextPage()} fetches it. */
    public boolean hasNextPage() {
        return next != null;
    }

    /** Fetches the next page. */
    public Page<T> nextPage() {
        if (next == null) {
            throw new NoSuchElementException("this is the last page");
        }
        return next.get();
    }

    /** Every item from this page on, fetching pages lazily as iteration reaches them. */
    public Iterable<T> autoPager() {
        return () -> new Iterator<>() {
            private Page<T> page = Page.this;
            private int position;

            @Override
            public boolean hasNext() {
                while (position >= page.items.size()) {
                    if (!page.hasNextPage()) {
                        return false;
                    }
                    page = page.nextPage();
                    position = 0;
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.items.get(position++);
            }
        };
    }

    /** {@link #autoPager()} as a sequential stream. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(autoPager().iterator(), Spliterator.ORDERED),
                false);
    }

    @Override
    public String toString() {
        return "Page{items=" + items.size() + ", total=" + total + ", hasNextPage=" + hasNextPage() + '}';
    }
}

package io.mistral4j.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PageTest {

    private final List<Integer> fetched = new ArrayList<>();

    /** Pages of 2 items over 0..4, recording which page numbers were fetched. */
    private Page<Integer> page(int number) {
        fetched.add(number);
        List<Integer> items = new ArrayList<>();
        for (int i = number * 2; i < Math.min(5, number * 2 + 2); i++) {
            items.add(i);
        }
        boolean last = number * 2 + 2 >= 5;
        return Page.of(items, 5L, last ? null : () -> page(number + 1));
    }

    @Test
    void autoPagerWalksEveryItemFetchingLazily() {
        Iterator<Integer> all = page(0).autoPager().iterator();
        assertThat(all.next()).isZero();
        assertThat(all.next()).isEqualTo(1);
        assertThat(fetched).containsExactly(0);
        assertThat(all.next()).isEqualTo(2);
        assertThat(fetched).containsExactly(0, 1);
        List<Integer> rest = new ArrayList<>();
        all.forEachRemaining(rest::add);
        assertThat(rest).containsExactly(3, 4);
        assertThatThrownBy(all::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void streamStopsFetchingWhenItStops() {
        assertThat(page(0).stream().limit(1).collect(Collectors.toList())).containsExactly(0);
        assertThat(fetched).containsExactly(0);
    }

    @Test
    void lastPageHasNoNext() {
        Page<Integer> last = page(2);
        assertThat(last.items()).containsExactly(4);
        assertThat(last.total()).hasValue(5);
        assertThat(last.hasNextPage()).isFalse();
        assertThatThrownBy(last::nextPage).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void emptyPagesInTheMiddleAreSkipped() {
        Page<String> third = Page.of(List.of("c"), null, null);
        Page<String> second = Page.of(List.of(), null, () -> third);
        Page<String> first = Page.of(List.of("a"), null, () -> second);
        assertThat(first.stream().collect(Collectors.toList())).containsExactly("a", "c");
    }
}

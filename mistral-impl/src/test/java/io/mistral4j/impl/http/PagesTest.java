package io.mistral4j.impl.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.pagination.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a page-numbered list has a next page. */
class PagesTest {

    private final List<Integer> fetched = new ArrayList<>();

    private Page<String> fetch(int page) {
        fetched.add(page);
        return Page.of(List.of("p" + page), null, null);
    }

    @Test
    void aTotalSaysWhetherMoreItemsFollow() {
        assertThat(Pages.of(List.of("a", "b"), 5L, 0, 2, this::fetch).hasNextPage()).isTrue();
        assertThat(Pages.of(List.of("a", "b"), 4L, 1, 2, this::fetch).hasNextPage()).isFalse();
        assertThat(Pages.of(List.of("a"), 5L, 2, 2, this::fetch).hasNextPage()).isFalse();
    }

    @Test
    void withoutATotalAFullPageMayHaveASuccessor() {
        assertThat(Pages.of(List.of("a", "b"), null, 0, 2, this::fetch).hasNextPage()).isTrue();
        assertThat(Pages.of(List.of("a"), null, 0, 2, this::fetch).hasNextPage()).isFalse();
        assertThat(Pages.of(List.of(), 10L, 0, 2, this::fetch).hasNextPage()).as("an empty page ends the walk")
                .isFalse();
    }

    @Test
    void theNextPageIsFetchedOnlyWhenAskedFor() {
        Page<String> first = Pages.of(List.of("a", "b"), 3L, 0, 2, this::fetch);
        assertThat(fetched).isEmpty();

        assertThat(first.nextPage().items()).containsExactly("p1");
        assertThat(fetched).containsExactly(1);
    }
}

package io.mistral4j.tck.simulator.wire;

import java.util.List;

/** Page-numbered slices ({@code page} from 0) of a list, as the list routes serve them. */
public final class Paging {

    private Paging() {
    }

    public static <T> List<T> slice(List<T> items, int page, int pageSize) {
        if (page < 0 || pageSize <= 0) {
            return List.of();
        }
        long from = (long) page * pageSize;
        if (from >= items.size()) {
            return List.of();
        }
        return items.subList((int) from, (int) Math.min(items.size(), from + pageSize));
    }
}

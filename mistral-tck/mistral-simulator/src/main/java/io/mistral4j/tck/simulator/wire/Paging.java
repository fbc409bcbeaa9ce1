package io.mistral4j.tck.simulator.wire;

import java.util.List;

/**
 * Page-numbered slices ({@code page} from 0) of a list, as the list routes serve them, and the
 * cursors of the cursor-paged lists (the offset of the next item, as text).
 */
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

    /** The offset a cursor this server handed out stands for: 0 when absent or empty, -1 when not one of its cursors. */
    public static int offsetOf(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(cursor);
            return offset < 0 ? -1 : offset;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

package io.mistral4j.ocr;

import io.mistral4j.errors.ValidationException;
import java.util.ArrayList;
import java.util.List;

/** Expands the API's page selection syntax ({@code "0,2-4"}) into page numbers. */
final class PageRanges {

    /** Guards against a typo such as {@code 0-99999999} filling the heap. */
    private static final int MAX_PAGES = 10_000;

    private PageRanges() {
    }

    static List<Integer> parse(String ranges) {
        if (ranges == null || ranges.isBlank()) {
            throw new ValidationException("pages", "must not be blank");
        }
        List<Integer> pages = new ArrayList<>();
        for (String part : ranges.split(",", -1)) {
            String item = part.strip();
            int dash = item.indexOf('-');
            int first = number(dash < 0 ? item : item.substring(0, dash), ranges);
            int last = dash < 0 ? first : number(item.substring(dash + 1), ranges);
            if (last < first) {
                throw new ValidationException("pages", "range " + item + " ends before it starts in '" + ranges + "'");
            }
            if ((long) pages.size() + last - first + 1 > MAX_PAGES) {
                throw new ValidationException("pages", "selects more than " + MAX_PAGES + " pages: '" + ranges + "'");
            }
            for (int page = first; page <= last; page++) {
                pages.add(page);
            }
        }
        return pages;
    }

    private static int number(String text, String ranges) {
        String digits = text.strip();
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() > 9) {
            throw new ValidationException("pages", "expected page numbers and ranges such as '0,2-4', was '"
                    + ranges + "'");
        }
        return Integer.parseInt(digits);
    }
}

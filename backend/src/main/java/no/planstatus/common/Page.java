package no.planstatus.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list, and the cursor of the next page (null on the last). */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * Cuts a page from rows fetched with a limit one above the page size: the extra row only tells that there is
     * a next page, which starts after the page's last row.
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, String> cursorOf) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, request.limit());
        return new Page<>(List.copyOf(items), cursorOf.apply(items.get(items.size() - 1)));
    }

    public <R> Page<R> map(Function<List<T>, List<R>> mapping) {
        return new Page<>(mapping.apply(items), nextCursor);
    }
}

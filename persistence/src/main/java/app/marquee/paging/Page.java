package app.marquee.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a sorted listing and the facts needed to page through the rest.
 *
 * @param items  the rows of this page, in order
 * @param number the page number, from 1
 * @param size   the page size asked for
 * @param total  how many rows match in all
 */
public record Page<T>(List<T> items, int number, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < totalPages();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The 1-based position of the first row on this page, for "showing 21–40 of 95". */
    public long firstRow() {
        return total == 0 ? 0 : (long) (number - 1) * size + 1;
    }

    public long lastRow() {
        return firstRow() == 0 ? 0 : firstRow() + items.size() - 1;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), number, size, total);
    }
}

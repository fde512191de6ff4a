package app.marquee.paging;

import java.util.List;

/**
 * One page of a sorted listing and the facts needed to page through the rest.
 *
 * <p>Listings count their matches only up to {@link #COUNT_LIMIT}: an exact {@code count(*)} over a
 * million rows reads them all on every page view, and nobody pages through a thousand rows. A count
 * costs in proportion to the matches it counts: at a million movies, counting actors in Glendale up
 * to 10,000 took 190 ms where the page's own query took 2 ms. Past the limit the total is a lower
 * bound ({@code exact} false, shown as "more than 1,000"), and the listing still goes on page by page
 * as long as pages come back full.
 *
 * @param items  the rows of this page, in order
 * @param number the page number, from 1
 * @param size   the page size asked for
 * @param total  how many rows match in all, or {@link #COUNT_LIMIT} when more do
 * @param exact  whether {@code total} is the exact number of matches
 */
public record Page<T>(List<T> items, int number, int size, long total, boolean exact) {

    /** How many matches a listing counts at most. */
    public static final int COUNT_LIMIT = 1_000;

    public Page {
        items = List.copyOf(items);
    }

    /** A page of a listing whose matches were counted exactly. */
    public Page(List<T> items, int number, int size, long total) {
        this(items, number, size, total, true);
    }

    /**
     * A page of a listing from a count bounded at {@code COUNT_LIMIT + 1} rows: that many counted
     * means there are more than the limit.
     */
    public static <T> Page<T> counted(List<T> items, PageRequest request, long boundedCount) {
        boolean exact = boundedCount <= COUNT_LIMIT;
        return new Page<>(items, request.number(), request.size(), exact ? boundedCount : COUNT_LIMIT, exact);
    }

    /**
     * A JPQL query counting the rows {@code idQuery} selects, but no more than {@code COUNT_LIMIT + 1}
     * of them, so that the database stops reading once it knows there are more than the limit.
     * {@code id} is the selected id ({@code m.id}): HQL allows a limit in a subquery only after an
     * order, and the primary key's order is the one every database has an index for.
     */
    public static String boundedCount(String idQuery, String id) {
        return "select count(*) from (" + idQuery + " order by " + id + " limit " + (COUNT_LIMIT + 1) + ") matches";
    }

    public int totalPages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    /** Whether a next page has rows: known from the count, or, past the counted limit, from a full page. */
    public boolean hasNext() {
        return exact ? number < totalPages() : items.size() == size;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The 1-based position of the first row on this page, for "showing 21–40 of 95". */
    public long firstRow() {
        return items.isEmpty() ? 0 : (long) (number - 1) * size + 1;
    }

    public long lastRow() {
        return firstRow() == 0 ? 0 : firstRow() + items.size() - 1;
    }
}

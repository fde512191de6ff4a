package app.marquee.web.pages;

/**
 * Sortable column headers, shared by the listings. A sort is named by its URL parameter:
 * {@code name} ascending, {@code -name} descending.
 */
public final class SortColumns {

    private SortColumns() {}

    /** What clicking {@code column}'s header asks for: ascending first, descending when it already is ascending. */
    public static String nextSort(String currentSort, String column) {
        return currentSort.equals(column) ? "-" + column : column;
    }

    /** The {@code aria-sort} value of {@code column}'s header: ascending, descending or none. */
    public static String ariaSort(String currentSort, String column) {
        if (currentSort.equals(column)) {
            return "ascending";
        }
        return currentSort.equals("-" + column) ? "descending" : "none";
    }
}

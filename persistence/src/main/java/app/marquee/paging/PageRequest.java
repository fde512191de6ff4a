package app.marquee.paging;

/**
 * Which page of a listing to read. Out-of-range numbers are clamped rather than rejected: a page
 * past the end is simply empty, and a huge size is capped so one request cannot load the table.
 */
public record PageRequest(int number, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        number = Math.max(1, number);
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    public int offset() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (number - 1) * size);
    }
}

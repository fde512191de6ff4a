package app.marquee.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SortColumnsTest {

    @Test
    void clickingAColumnSortsItAscendingThenDescendingThenAscendingAgain() {
        assertEquals("name", SortColumns.nextSort("birthday", "name"));
        assertEquals("-name", SortColumns.nextSort("name", "name"));
        assertEquals("name", SortColumns.nextSort("-name", "name"));
    }

    @Test
    void headerSaysWhichWayItsColumnIsSorted() {
        assertEquals("ascending", SortColumns.ariaSort("title", "title"));
        assertEquals("descending", SortColumns.ariaSort("-title", "title"));
        assertEquals("none", SortColumns.ariaSort("-releaseDate", "title"));
    }
}

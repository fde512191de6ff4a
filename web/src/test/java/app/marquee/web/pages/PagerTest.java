package app.marquee.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.marquee.paging.Page;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagerTest {

    private static Pager pager(int number, int size, long total) {
        long shown = Math.max(0, Math.min(size, total - (long) (number - 1) * size));
        Page<String> page = new Page<>(Collections.nCopies((int) shown, "row"), number, size, total);
        return new Pager(page, ListLink.to("/movies").with("q", "x"));
    }

    private static String numbers(Pager pager) {
        return String.join(" ", pager.getItems().stream()
                .map(i -> i.isGap() ? "…" : i.isCurrent() ? "[" + i.getNumber() + "]" : String.valueOf(i.getNumber()))
                .toList());
    }

    @Test
    void showsTheFirstAndLastPageAndTwoOnEachSideOfTheCurrentOne() {
        assertEquals("1 … 4 5 [6] 7 8 … 20", numbers(pager(6, 10, 200)));
        assertEquals("[1] 2 3 … 20", numbers(pager(1, 10, 200)));
        assertEquals("1 2 [3] 4 5 … 20", numbers(pager(3, 10, 200)));
        assertEquals("[1]", numbers(pager(1, 20, 3)));
    }

    @Test
    void linksKeepTheListingAndLeavePageOneOutOfTheAddress() {
        Pager pager = pager(2, 10, 25);
        assertEquals("/movies?q=x", pager.getPreviousUrl());
        assertEquals("/movies?q=x&page=3", pager.getNextUrl());
        assertNull(pager(3, 10, 25).getNextUrl());
        assertEquals("Showing 11–20 of 25", pager.getSummary());
    }

    @Test
    void aSinglePageNeedsNoNavigationAndAPagePastTheEndLinksBack() {
        assertFalse(pager(1, 20, 3).isNeeded());
        Pager past = pager(9, 10, 25);
        assertTrue(past.isPastTheEnd());
        assertEquals("/movies?q=x&page=3", past.getLastUrl());
        assertEquals(List.of(1, 2, 3), past.getItems().stream().map(Pager.Item::getNumber).toList());
        assertEquals("0 results", pager(1, 20, 0).getSummary());
    }
}

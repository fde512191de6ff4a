package app.marquee.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.marquee.paging.Page;
import app.marquee.paging.PageRequest;
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

    private static Pager pastTheCount(int number, int size, int shown) {
        Page<String> page = Page.counted(Collections.nCopies(shown, "row"), new PageRequest(number, size),
                Page.COUNT_LIMIT + 1);
        return new Pager(page, ListLink.to("/movies"));
    }

    @Test
    void pastTheCountedLimitTheTotalIsALowerBoundAndTheListingGoesOnWhilePagesAreFull() {
        Pager first = pastTheCount(1, 20, 20);
        assertEquals("Showing 1–20 of more than 1,000", first.getSummary());
        assertEquals("[1] 2 3 …", numbers(first));
        assertEquals("/movies?page=2", first.getNextUrl());

        Pager deep = pastTheCount(700, 20, 20);
        assertEquals("Showing 13981–14000 of more than 1,000", deep.getSummary());
        assertEquals("1 … 698 699 [700] 701 702 …", numbers(deep));
        assertEquals("/movies?page=699", deep.getPreviousUrl());

        Pager last = pastTheCount(701, 20, 7);
        assertNull(last.getNextUrl());
        assertEquals("1 … 699 700 [701]", numbers(last));
    }

    @Test
    void aCountUpToTheLimitIsExact() {
        Page<String> page = Page.counted(List.of("row"), new PageRequest(1, 20), Page.COUNT_LIMIT);
        assertTrue(page.exact());
        assertEquals(Page.COUNT_LIMIT, page.total());
        assertEquals("Showing 1–1 of 1000", new Pager(page, ListLink.to("/movies")).getSummary());
    }
}

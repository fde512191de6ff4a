package app.marquee.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

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
        return String.join(
                " ",
                pager.getItems().stream()
                        .map(i -> i.isGap()
                                ? "…"
                                : i.isCurrent() ? "[" + i.getNumber() + "]" : String.valueOf(i.getNumber()))
                        .toList());
    }

    @Test
    void showsTheFirstAndLastPageAndTwoOnEachSideOfTheCurrentOne() {
        assertThat(numbers(pager(6, 10, 200))).isEqualTo("1 … 4 5 [6] 7 8 … 20");
        assertThat(numbers(pager(1, 10, 200))).isEqualTo("[1] 2 3 … 20");
        assertThat(numbers(pager(3, 10, 200))).isEqualTo("1 2 [3] 4 5 … 20");
        assertThat(numbers(pager(1, 20, 3))).isEqualTo("[1]");
    }

    @Test
    void linksKeepTheListingAndLeavePageOneOutOfTheAddress() {
        Pager pager = pager(2, 10, 25);
        assertThat(pager.getPreviousUrl()).isEqualTo("/movies?q=x");
        assertThat(pager.getNextUrl()).isEqualTo("/movies?q=x&page=3");
        assertThat(pager(3, 10, 25).getNextUrl()).isNull();
        assertThat(pager.getSummary()).isEqualTo("Showing 11–20 of 25");
    }

    @Test
    void aSinglePageNeedsNoNavigationAndAPagePastTheEndLinksBack() {
        assertThat(pager(1, 20, 3).isNeeded()).isFalse();
        Pager past = pager(9, 10, 25);
        assertThat(past.isPastTheEnd()).isTrue();
        assertThat(past.getLastUrl()).isEqualTo("/movies?q=x&page=3");
        assertThat(past.getItems().stream().map(Pager.Item::getNumber).toList()).isEqualTo(List.of(1, 2, 3));
        assertThat(pager(1, 20, 0).getSummary()).isEqualTo("0 results");
    }

    private static Pager pastTheCount(int number, int size, int shown) {
        Page<String> page =
                Page.counted(Collections.nCopies(shown, "row"), new PageRequest(number, size), Page.COUNT_LIMIT + 1);
        return new Pager(page, ListLink.to("/movies"));
    }

    @Test
    void pastTheCountedLimitTheTotalIsALowerBoundAndTheListingGoesOnWhilePagesAreFull() {
        Pager first = pastTheCount(1, 20, 20);
        assertThat(first.getSummary()).isEqualTo("Showing 1–20 of more than 1,000");
        assertThat(numbers(first)).isEqualTo("[1] 2 3 …");
        assertThat(first.getNextUrl()).isEqualTo("/movies?page=2");

        Pager deep = pastTheCount(700, 20, 20);
        assertThat(deep.getSummary()).isEqualTo("Showing 13981–14000 of more than 1,000");
        assertThat(numbers(deep)).isEqualTo("1 … 698 699 [700] 701 702 …");
        assertThat(deep.getPreviousUrl()).isEqualTo("/movies?page=699");

        Pager last = pastTheCount(701, 20, 7);
        assertThat(last.getNextUrl()).isNull();
        assertThat(numbers(last)).isEqualTo("1 … 699 700 [701]");
    }

    @Test
    void aCountUpToTheLimitIsExact() {
        Page<String> page = Page.counted(List.of("row"), new PageRequest(1, 20), Page.COUNT_LIMIT);
        assertThat(page.exact()).isTrue();
        assertThat(page.total()).isEqualTo(Page.COUNT_LIMIT);
        assertThat(new Pager(page, ListLink.to("/movies")).getSummary()).isEqualTo("Showing 1–1 of 1000");
    }
}

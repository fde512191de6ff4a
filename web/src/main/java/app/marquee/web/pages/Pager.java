package app.marquee.web.pages;

import app.marquee.paging.Page;
import app.marquee.web.i18n.Languages;
import app.marquee.web.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The navigation of a paged listing: previous, next and a window of page numbers around the current
 * one, each a link that keeps the listing's filters, sort and size.
 */
public final class Pager {

    /** Page sizes offered in the size selector. */
    public static final List<Integer> SIZES = List.of(10, 20, 50, 100);

    private static final int WINDOW = 2;

    private final Page<?> page;
    private final ListLink link;
    private final Locale locale;

    /** A pager whose summary is in English. */
    public Pager(Page<?> page, ListLink link) {
        this(page, link, Languages.DEFAULT);
    }

    /** A pager whose summary is in this language. */
    public Pager(Page<?> page, ListLink link, Locale locale) {
        this.page = page;
        this.link = link;
        this.locale = locale;
    }

    /** One entry of the page-number list; {@code number} 0 is a gap ("…"). */
    public record Item(int number, String url, boolean current) {

        public int getNumber() {
            return number;
        }

        public String getUrl() {
            return url;
        }

        public boolean isCurrent() {
            return current;
        }

        public boolean isGap() {
            return number == 0;
        }
    }

    public String url(int number) {
        return link.with("page", number == 1 ? null : number).toString();
    }

    public boolean isNeeded() {
        return page.totalPages() > 1 || page.number() > 1;
    }

    public String getPreviousUrl() {
        if (!page.hasPrevious()) {
            return null;
        }
        return url(page.exact() ? Math.min(page.number() - 1, page.totalPages()) : page.number() - 1);
    }

    public String getNextUrl() {
        return page.hasNext() ? url(page.number() + 1) : null;
    }

    /** A link back into range for a page number past the end. */
    public String getLastUrl() {
        return url(page.totalPages());
    }

    public boolean isPastTheEnd() {
        return page.isEmpty() && page.total() > 0 && page.number() > 1;
    }

    /**
     * Page numbers: the first, the last and a window around the current one. Past the counted limit
     * the last is unknown: the window follows the current page and a gap at the end says there is more.
     */
    public List<Item> getItems() {
        int last = page.exact() ? page.totalPages() : page.number() + (page.hasNext() ? WINDOW : 0);
        int current = Math.min(page.number(), last);
        SortedSet<Integer> shown = new TreeSet<>(page.exact() ? List.of(1, last) : List.of(1));
        for (int n = Math.max(1, current - WINDOW); n <= Math.min(last, current + WINDOW); n++) {
            shown.add(n);
        }
        List<Item> items = new ArrayList<>();
        int previous = 0;
        for (int n : shown) {
            if (n > previous + 1) {
                items.add(new Item(0, null, false));
            }
            items.add(new Item(n, url(n), n == page.number()));
            previous = n;
        }
        if (!page.exact() && page.hasNext()) {
            items.add(new Item(0, null, false));
        }
        return items;
    }

    /** "Showing 21–40 of 95". */
    public String getSummary() {
        if (page.total() == 0 || page.isEmpty()) {
            return Texts.get(locale, "pager.results", page.total());
        }
        return page.exact()
                ? Texts.get(locale, "pager.showing", page.firstRow(), page.lastRow(), page.total())
                : Texts.get(locale, "pager.showingMore", page.firstRow(), page.lastRow(), page.total());
    }

    public List<Integer> getSizes() {
        return SIZES;
    }
}

package app.marquee.web.history;

import app.marquee.history.HistoryEntry;
import app.marquee.paging.Page;
import app.marquee.paging.PageRequest;
import app.marquee.web.pages.Ids;
import app.marquee.web.pages.ListLink;
import app.marquee.web.pages.Pager;
import jakarta.mvc.Models;
import java.util.Locale;

/** What the movie and actor history pages share: their paging and their model. */
public final class HistoryViews {

    /** Entries per page of a record's history. */
    public static final int PAGE_SIZE = 10;

    private HistoryViews() {}

    public static PageRequest pageRequest(String page) {
        return new PageRequest(Ids.intOr(page, 1), PAGE_SIZE);
    }

    /** Puts a record's history page into the model and returns the view's name. */
    public static String put(Models models, Page<HistoryEntry> entries, String path, String view, Locale locale) {
        models.put("entries", entries);
        models.put("pager", new Pager(entries, ListLink.to(path), locale));
        return view;
    }
}

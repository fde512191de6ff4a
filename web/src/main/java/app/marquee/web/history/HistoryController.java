package app.marquee.web.history;

import app.marquee.history.HistoryRepository;
import app.marquee.history.RecentChange;
import app.marquee.paging.Page;
import app.marquee.paging.PageRequest;
import app.marquee.web.i18n.PageTexts;
import app.marquee.web.pages.Ids;
import app.marquee.web.pages.ListLink;
import app.marquee.web.pages.Pager;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The latest changes across the catalogue, for admins: every revision newest first, with who made
 * it and which records it touched, filterable by account and by day; a deleted movie or actor can be
 * recreated from its last version.
 */
@Controller
@RequestScoped
@Path("history")
public class HistoryController {

    static final int PAGE_SIZE = 25;

    @Inject
    HistoryRepository history;

    @Inject
    Models models;

    @Inject
    PageTexts texts;

    @GET
    public String recent(
            @QueryParam("account") String account,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page) {
        List<String> notices = new ArrayList<>();
        LocalDate fromDay = day(from, "history.from.ignored", notices);
        LocalDate toDay = day(to, "history.to.ignored", notices);
        String who = account == null || account.isBlank() ? null : account.strip();
        Page<RecentChange> changes =
                history.recent(who, fromDay, toDay, new PageRequest(Ids.intOr(page, 1), PAGE_SIZE));
        ListLink link = ListLink.to("/history")
                .with("account", who)
                .with("from", fromDay)
                .with("to", toDay);
        models.put("changes", changes);
        models.put("pager", new Pager(changes, link, texts.locale()));
        models.put("account", who == null ? "" : who);
        models.put("from", fromDay == null ? "" : fromDay.toString());
        models.put("to", toDay == null ? "" : toDay.toString());
        models.put("notices", notices);
        models.put("filtered", who != null || fromDay != null || toDay != null);
        return "history/recent.html";
    }

    /** A day filter; one that cannot be read is ignored and said so on the page, as the listings do. */
    private LocalDate day(String text, String notice, List<String> notices) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            notices.add(texts.text(notice));
            return null;
        }
    }
}

package app.marquee.web.movie;

import app.marquee.movie.MovieSearch;
import app.marquee.movie.MovieSort;
import app.marquee.paging.PageRequest;
import app.marquee.web.i18n.Texts;
import app.marquee.web.pages.ActiveFilter;
import app.marquee.web.pages.Ids;
import app.marquee.web.pages.ListLink;
import app.marquee.web.pages.LocalDateConverter;
import app.marquee.web.pages.SortColumns;
import app.marquee.web.pages.SortOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The state of the movie listing as its URL gives it ({@code q}, {@code releasedAfter},
 * {@code actor}, {@code sort}, {@code page}, {@code size}), and the links to change it. Filters
 * that cannot be read are ignored and reported on the page rather than failing the request.
 */
public final class MovieListing {

    private final String title;
    private final LocalDate releasedAfter;
    private final Long actorId;
    private final MovieSort sort;
    private final PageRequest pageRequest;
    private final List<String> ignored = new ArrayList<>();
    private final Locale locale;
    private String actorName;

    MovieListing(String q, String releasedAfter, String actor, String sort, String page, String size, Locale locale) {
        this.locale = locale;
        this.title = q == null || q.isBlank() ? null : q.strip();
        LocalDate date = null;
        if (releasedAfter != null && !releasedAfter.isBlank()) {
            try {
                date = LocalDateConverter.parse(releasedAfter);
            } catch (DateTimeParseException e) {
                ignored.add(Texts.get(locale, "movies.filter.date.ignored", releasedAfter.strip()));
            }
        }
        this.releasedAfter = date;
        this.actorId = Ids.parseOrNull(actor);
        if (actorId == null && actor != null && !actor.isBlank()) {
            ignored.add(Texts.get(locale, "movies.filter.actor.ignored", actor.strip()));
        }
        this.sort = sort == null
                ? MovieSort.TITLE
                : MovieSort.fromParam(sort.strip()).orElse(MovieSort.TITLE);
        this.pageRequest = new PageRequest(Ids.intOr(page, 1), Ids.intOr(size, PageRequest.DEFAULT_SIZE));
    }

    MovieSearch search() {
        return new MovieSearch(title, releasedAfter, actorId, sort);
    }

    PageRequest pageRequest() {
        return pageRequest;
    }

    Long actorId() {
        return actorId;
    }

    void actorName(String name) {
        this.actorName = name;
    }

    /** This listing's address without the page number: the base of its page links. */
    public ListLink link() {
        return ListLink.to("/movies")
                .with("q", title)
                .with("releasedAfter", releasedAfter)
                .with("actor", actorId)
                .with("sort", sort == MovieSort.TITLE ? null : sort.param())
                .with("size", pageRequest.size() == PageRequest.DEFAULT_SIZE ? null : pageRequest.size());
    }

    public List<ActiveFilter> getFilters() {
        List<ActiveFilter> filters = new ArrayList<>();
        if (title != null) {
            filters.add(new ActiveFilter(
                    Texts.get(locale, "movies.filter.title"),
                    title,
                    link().without("q").toString()));
        }
        if (releasedAfter != null) {
            filters.add(new ActiveFilter(
                    Texts.get(locale, "movies.filter.releasedAfter"),
                    Texts.date(locale, releasedAfter),
                    link().without("releasedAfter").toString()));
        }
        if (actorId != null) {
            filters.add(new ActiveFilter(
                    Texts.get(locale, "movies.filter.actor"),
                    actorName != null ? actorName : Texts.get(locale, "movies.filter.actor.unknown", actorId),
                    link().without("actor").toString()));
        }
        return filters;
    }

    public List<String> getIgnored() {
        return ignored;
    }

    public String getQ() {
        return title == null ? "" : title;
    }

    public String getReleasedAfter() {
        return releasedAfter == null ? "" : releasedAfter.toString();
    }

    public Long getActor() {
        return actorId;
    }

    public String getSort() {
        return sort.param();
    }

    public int getSize() {
        return pageRequest.size();
    }

    /** The link that sorts by {@code column} ascending, or descending if it is already sorted ascending by it. */
    public String sortUrl(String column) {
        String next = SortColumns.nextSort(sort.param(), column);
        return link().with("sort", next.equals(MovieSort.TITLE.param()) ? null : next)
                .toString();
    }

    /** The {@code aria-sort} value of a column header: ascending, descending or none. */
    public String ariaSort(String column) {
        return SortColumns.ariaSort(sort.param(), column);
    }

    /** The orders offered in the sort selector: every {@link MovieSort}, in its order. */
    public List<SortOption> getSortOptions() {
        return Arrays.stream(MovieSort.values())
                .map(s -> new SortOption(s.param(), label(s)))
                .toList();
    }

    private String label(MovieSort sort) {
        return switch (sort) {
            case TITLE -> Texts.get(locale, "movies.sort.title");
            case TITLE_DESC -> Texts.get(locale, "movies.sort.titleDesc");
            case RELEASE_DATE -> Texts.get(locale, "movies.sort.releaseDate");
            case RELEASE_DATE_DESC -> Texts.get(locale, "movies.sort.releaseDateDesc");
        };
    }
}

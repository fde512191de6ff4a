package app.marquee.web.actor;

import app.marquee.actor.ActorSearch;
import app.marquee.actor.ActorSort;
import app.marquee.paging.PageRequest;
import app.marquee.web.i18n.Texts;
import app.marquee.web.pages.ActiveFilter;
import app.marquee.web.pages.Ids;
import app.marquee.web.pages.ListLink;
import app.marquee.web.pages.SortColumns;
import app.marquee.web.pages.SortOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The state of the actor listing as its URL gives it ({@code q}, {@code city}, {@code sort},
 * {@code page}, {@code size}), and the links to change it.
 */
public final class ActorListing {

    private final String name;
    private final String city;
    private final ActorSort sort;
    private final PageRequest pageRequest;
    private final Locale locale;

    ActorListing(String q, String city, String sort, String page, String size, Locale locale) {
        this.locale = locale;
        this.name = q == null || q.isBlank() ? null : q.strip();
        this.city = city == null || city.isBlank() ? null : city.strip();
        this.sort = sort == null
                ? ActorSort.NAME
                : ActorSort.fromParam(sort.strip()).orElse(ActorSort.NAME);
        this.pageRequest = new PageRequest(Ids.intOr(page, 1), Ids.intOr(size, PageRequest.DEFAULT_SIZE));
    }

    ActorSearch search() {
        return new ActorSearch(name, city, sort);
    }

    PageRequest pageRequest() {
        return pageRequest;
    }

    /** This listing's address without the page number: the base of its page links. */
    public ListLink link() {
        return ListLink.to("/actors")
                .with("q", name)
                .with("city", city)
                .with("sort", sort == ActorSort.NAME ? null : sort.param())
                .with("size", pageRequest.size() == PageRequest.DEFAULT_SIZE ? null : pageRequest.size());
    }

    public List<ActiveFilter> getFilters() {
        List<ActiveFilter> filters = new ArrayList<>();
        if (name != null) {
            filters.add(new ActiveFilter(
                    Texts.get(locale, "actors.filter.name"),
                    name,
                    link().without("q").toString()));
        }
        if (city != null) {
            filters.add(new ActiveFilter(
                    Texts.get(locale, "actors.filter.city"),
                    city,
                    link().without("city").toString()));
        }
        return filters;
    }

    public String getQ() {
        return name == null ? "" : name;
    }

    public String getCity() {
        return city == null ? "" : city;
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
        return link().with("sort", next.equals(ActorSort.NAME.param()) ? null : next)
                .toString();
    }

    /** The {@code aria-sort} value of a column header: ascending, descending or none. */
    public String ariaSort(String column) {
        return SortColumns.ariaSort(sort.param(), column);
    }

    /** The orders offered in the sort selector: every {@link ActorSort}, in its order. */
    public List<SortOption> getSortOptions() {
        return Arrays.stream(ActorSort.values())
                .map(s -> new SortOption(s.param(), label(s)))
                .toList();
    }

    private String label(ActorSort sort) {
        return switch (sort) {
            case NAME -> Texts.get(locale, "actors.sort.name");
            case NAME_DESC -> Texts.get(locale, "actors.sort.nameDesc");
            case BIRTHDAY -> Texts.get(locale, "actors.sort.birthday");
            case BIRTHDAY_DESC -> Texts.get(locale, "actors.sort.birthdayDesc");
        };
    }
}

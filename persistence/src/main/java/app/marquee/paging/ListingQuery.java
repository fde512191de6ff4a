package app.marquee.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The three statements of one page of a filtered listing, whatever the page size: the count of the
 * matches up to {@link Page#COUNT_LIMIT}, the ids of the page in order, and the entities of those
 * ids with what the page shows of them. Reading ids first keeps the limit and offset on rows of the
 * listed entity alone; fetching a collection in the same statement would page the joined rows.
 *
 * <p>The count and the id query share the filters, so that the total always describes the rows
 * being paged through.
 *
 * @param <T> the listed entity, whose id is a {@code Long} named {@code id}
 */
public final class ListingQuery<T> {

    private final EntityManager em;
    private final Class<T> type;
    private final String alias;
    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** A listing of every {@code type}, named {@code alias} in the filters, selections and orders. */
    public ListingQuery(EntityManager em, Class<T> type, String alias) {
        this.em = Objects.requireNonNull(em, "em");
        this.type = type;
        this.alias = Objects.requireNonNull(alias, "alias");
        this.from = " from " + em.getMetamodel().entity(type).getName() + " " + alias;
    }

    /**
     * Keeps the rows meeting {@code condition}, a JPQL condition that uses the named parameter
     * {@code :parameter}, which takes {@code value}.
     */
    public ListingQuery<T> where(String condition, String parameter, Object value) {
        if (!condition.contains(":" + parameter)) {
            throw new IllegalArgumentException("The condition does not use :" + parameter + ": " + condition);
        }
        if (parameters.putIfAbsent(parameter, Objects.requireNonNull(value, parameter)) != null) {
            throw new IllegalArgumentException("Parameter :" + parameter + " is already set");
        }
        conditions.add(condition);
        return this;
    }

    /** Keeps the rows whose {@code expression} contains {@code fragment}, ignoring case and taking wildcards literally. */
    public ListingQuery<T> whereContains(String expression, String parameter, String fragment) {
        return where(Like.matches(expression, parameter), parameter, Like.containing(fragment));
    }

    /** How many rows match, counted up to one more than {@link Page#COUNT_LIMIT}, for {@link Page#counted}. */
    public long boundedCount() {
        String id = alias + ".id";
        return withParameters(
                        em.createQuery(Page.boundedCount("select " + id + " as id" + from + where(), id), Long.class))
                .getSingleResult();
    }

    /**
     * The rows of the page: {@code select} (the id first, and whatever else the database can work out
     * for the page's rows only) of the matches in the order {@code orderBy}.
     */
    public <R> List<R> page(String select, String orderBy, PageRequest page, Class<R> rowType) {
        return withParameters(em.createQuery("select " + select + from + where() + " order by " + orderBy, rowType))
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    /**
     * The entities with these ids, in the order of the ids, with {@code fetchJoins} (such as
     * {@code "left join fetch m.actors"}) loaded. An entity deleted since its id was read is left
     * out rather than shown as an empty row.
     */
    public List<T> fetch(String fetchJoins, List<Long> ids, Function<T, Long> idOf) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // getResultList, not getResultStream: a fetched collection's @OrderBy sorts the rows across all
        // the entities, and a streamed (scrolled) result keeps only each entity's first run of rows.
        List<T> found = em.createQuery(
                        "select " + alias + from + " " + fetchJoins + " where " + alias + ".id in :ids", type)
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, T> byId = found.stream().collect(Collectors.toMap(idOf, Function.identity(), (a, b) -> a));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private <Q extends TypedQuery<?>> Q withParameters(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}

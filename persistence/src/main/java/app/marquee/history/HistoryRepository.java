package app.marquee.history;

import app.marquee.paging.Page;
import app.marquee.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the record history that Envers writes (migration V6). Each view costs a constant number of
 * statements whatever the size of the history: a movie's page two, an actor's four, the
 * catalogue-wide list two. The audit tables are read with SQL rather than Envers' own queries,
 * which load every revision's cast and contacts one by one.
 */
@ApplicationScoped
@Transactional
public class HistoryRepository {

    private static final int ADDED = 0;
    private static final int DELETED = 2;

    @Inject
    EntityManager em;

    /** A movie's history, newest first; empty when the movie never had any (or never existed). */
    public Page<HistoryEntry> ofMovie(long movieId, PageRequest page) {
        List<Object[]> rows = rows(em.createNativeQuery("""
                select a.rev, a.revtype, a.title, a.release_date, r.changed_at, r.account, r.channel
                  from movies_aud a join revisions r on r.id = a.rev
                 where a.id = :id order by a.rev desc""")
                .setParameter("id", movieId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size() + 1));
        int shown = Math.min(rows.size(), page.size());
        if (shown == 0) {
            return pageOf(List.of(), page, false);
        }
        long newest = num(rows.get(0)[0]);
        long oldest = num(rows.get(shown - 1)[0]);
        Map<Long, List<String>> added = new HashMap<>();
        Map<Long, List<String>> removed = new HashMap<>();
        for (Object[] link : rows(em.createNativeQuery("""
                select x.rev, x.revtype, coalesce(a.name, (select max(d.name) from actors_aud d where d.id = x.actor_id))
                  from movies_actors_aud x left join actors a on a.id = x.actor_id
                 where x.movie_id = :id and x.rev between :oldest and :newest
                 order by 3""")
                .setParameter("id", movieId)
                .setParameter("oldest", oldest)
                .setParameter("newest", newest))) {
            String name = link[2] == null ? "an actor since deleted" : link[2].toString();
            (num(link[1]) == ADDED ? added : removed)
                    .computeIfAbsent(num(link[0]), rev -> new ArrayList<>())
                    .add(name);
        }
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            Object[] row = rows.get(i);
            Object[] before = i + 1 < rows.size() ? rows.get(i + 1) : null;
            long rev = num(row[0]);
            HistoryEntry.Kind kind = kind(row[1]);
            List<Change> changes = new ArrayList<>();
            if (kind != HistoryEntry.Kind.DELETED) {
                boolean created = kind == HistoryEntry.Kind.CREATED;
                field(changes, "title", before, 2, row[2], created);
                field(changes, "releaseDate", before, 3, date(row[3]), created);
                List<String> in = added.getOrDefault(rev, List.of());
                List<String> out = removed.getOrDefault(rev, List.of());
                if (!in.isEmpty() || !out.isEmpty()) {
                    changes.add(Change.cast(in, out));
                }
            }
            entries.add(new HistoryEntry(rev, instant(row[4]), str(row[5]), channel(row[6]), kind, changes));
        }
        return pageOf(entries, page, rows.size() > page.size());
    }

    /** An actor's history, newest first: the actor's own fields, contacts and stuntman together. */
    public Page<HistoryEntry> ofActor(long actorId, PageRequest page) {
        List<Object[]> revisions = rows(em.createNativeQuery("""
                select r.id, r.changed_at, r.account, r.channel from revisions r
                 where r.id in (select a.rev from actors_aud a where a.id = :id
                                union select c.rev from contact_details_aud c where c.actor_id = :id
                                union select s.rev from stuntmen_aud s where s.actor_id = :id)
                 order by r.id desc""")
                .setParameter("id", actorId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size() + 1));
        int shown = Math.min(revisions.size(), page.size());
        if (shown == 0) {
            return pageOf(List.of(), page, false);
        }
        long newest = num(revisions.get(0)[0]);
        long oldest = num(revisions.get(shown - 1)[0]);
        // Every revision of the actor's own row between oldest and newest is on this page, so the
        // page's rows and the one before them are at most one more than the page.
        List<Object[]> actorRows = rows(em.createNativeQuery("""
                select rev, revtype, name, birthday from actors_aud
                 where id = :id and rev <= :newest order by rev desc""")
                .setParameter("id", actorId)
                .setParameter("newest", newest)
                .setMaxResults(page.size() + 1));
        List<Object[]> contactRows = rows(em.createNativeQuery("""
                select c.id, c.rev, c.revtype, c.phone_number, c.address from contact_details_aud c
                 where c.id in (select d.id from contact_details_aud d
                                 where d.actor_id = :id and d.rev between :oldest and :newest)
                   and c.rev <= :newest
                 order by c.id, c.rev""")
                .setParameter("id", actorId)
                .setParameter("oldest", oldest)
                .setParameter("newest", newest));
        List<Object[]> stuntmanRows = rows(em.createNativeQuery("""
                select s.id, s.rev, s.revtype, s.name, s.active from stuntmen_aud s
                 where s.id in (select t.id from stuntmen_aud t
                                 where t.actor_id = :id and t.rev between :oldest and :newest)
                   and s.rev <= :newest
                 order by s.id, s.rev""")
                .setParameter("id", actorId)
                .setParameter("oldest", oldest)
                .setParameter("newest", newest));
        Map<Long, List<Change>> recordChanges = new HashMap<>();
        collectRecordChanges(recordChanges, "contact", contactRows, row -> str(row[3]) + ", " + str(row[4]));
        collectRecordChanges(
                recordChanges,
                "stuntman",
                stuntmanRows,
                row -> str(row[3]) + (bool(row[4]) ? " (active)" : " (inactive)"));

        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            Object[] revision = revisions.get(i);
            long rev = num(revision[0]);
            HistoryEntry.Kind kind = HistoryEntry.Kind.CHANGED;
            List<Change> changes = new ArrayList<>();
            for (int a = 0; a < actorRows.size(); a++) {
                Object[] row = actorRows.get(a);
                if (num(row[0]) != rev) {
                    continue;
                }
                kind = kind(row[1]);
                Object[] before = a + 1 < actorRows.size() ? actorRows.get(a + 1) : null;
                if (kind != HistoryEntry.Kind.DELETED) {
                    boolean created = kind == HistoryEntry.Kind.CREATED;
                    field(changes, "name", before, 2, row[2], created);
                    field(changes, "birthday", before, 3, date(row[3]), created);
                }
            }
            if (kind != HistoryEntry.Kind.DELETED) {
                changes.addAll(recordChanges.getOrDefault(rev, List.of()));
            }
            entries.add(
                    new HistoryEntry(rev, instant(revision[1]), str(revision[2]), channel(revision[3]), kind, changes));
        }
        return pageOf(entries, page, revisions.size() > page.size());
    }

    /**
     * Adds, per revision, what happened to each contact (or stuntman) in {@code rows}: its rows in
     * order of id and revision, so each row's predecessor is the one before it.
     */
    private static void collectRecordChanges(
            Map<Long, List<Change>> byRevision,
            String subject,
            List<Object[]> rows,
            java.util.function.Function<Object[], String> describe) {
        Object[] previous = null;
        for (Object[] row : rows) {
            boolean sameRecord = previous != null && num(previous[0]) == num(row[0]);
            String before = sameRecord && num(previous[2]) != DELETED ? describe.apply(previous) : null;
            int type = (int) num(row[2]);
            Change change = switch (type) {
                case ADDED -> Change.of(subject, null, describe.apply(row));
                case DELETED -> Change.of(subject, describe.apply(row), null);
                default ->
                    Objects.equals(before, describe.apply(row))
                            ? null
                            : Change.of(subject, before == null ? "?" : before, describe.apply(row));
            };
            if (change != null) {
                byRevision
                        .computeIfAbsent(num(row[1]), rev -> new ArrayList<>())
                        .add(change);
            }
            previous = row;
        }
    }

    /**
     * The movie as it was at {@code revision}: its title, date and cast. For the revision that deleted
     * it, the version before the deletion, which is what recreating it means.
     */
    public Optional<MovieVersion> movieVersion(long movieId, long revision) {
        List<Object[]> rows = rows(em.createNativeQuery("""
                select a.rev, a.revtype, a.title, a.release_date, r.changed_at, r.account
                  from movies_aud a join revisions r on r.id = a.rev
                 where a.id = :id and a.rev <= :rev order by a.rev desc""")
                .setParameter("id", movieId)
                .setParameter("rev", revision)
                .setMaxResults(2));
        Optional<Object[]> version = lastBeforeDeletion(rows, revision);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = version.get();
        long rev = num(row[0]);
        Map<Long, String> cast = new LinkedHashMap<>();
        int gone = 0;
        for (Object[] member :
                rows(em.createNativeQuery("""
                select x.actor_id, a.name from movies_actors_aud x left join actors a on a.id = x.actor_id
                 where x.movie_id = :id and x.revtype = 0
                   and x.rev = (select max(y.rev) from movies_actors_aud y
                                 where y.movie_id = x.movie_id and y.actor_id = x.actor_id and y.rev <= :rev)
                 order by 2""").setParameter("id", movieId).setParameter("rev", rev))) {
            if (member[1] == null) {
                gone++;
            } else {
                cast.put(num(member[0]), member[1].toString());
            }
        }
        return Optional.of(
                new MovieVersion(movieId, rev, instant(row[4]), str(row[5]), str(row[2]), date(row[3]), cast, gone));
    }

    /** The actor's own fields as they were at {@code revision} (before it, for the revision that deleted it). */
    public Optional<ActorVersion> actorVersion(long actorId, long revision) {
        List<Object[]> rows = rows(em.createNativeQuery("""
                select a.rev, a.revtype, a.name, a.birthday, r.changed_at, r.account
                  from actors_aud a join revisions r on r.id = a.rev
                 where a.id = :id and a.rev <= :rev order by a.rev desc""")
                .setParameter("id", actorId)
                .setParameter("rev", revision)
                .setMaxResults(2));
        return lastBeforeDeletion(rows, revision)
                .map(row -> new ActorVersion(
                        actorId, num(row[0]), instant(row[4]), str(row[5]), str(row[2]), date(row[3])));
    }

    /**
     * Of a record's two latest rows at or before {@code revision}: the one at it, or the one before it
     * when that row is the deletion. Empty when the record had no row at exactly that revision.
     */
    private static Optional<Object[]> lastBeforeDeletion(List<Object[]> rows, long revision) {
        if (rows.isEmpty() || num(rows.get(0)[0]) != revision) {
            return Optional.empty();
        }
        if (num(rows.get(0)[1]) != DELETED) {
            return Optional.of(rows.get(0));
        }
        return rows.size() > 1 ? Optional.of(rows.get(1)) : Optional.empty();
    }

    /**
     * The latest changes across the catalogue, newest first, optionally only by one account and
     * within a range of days (in UTC, both ends included).
     */
    public Page<RecentChange> recent(String account, LocalDate from, LocalDate to, PageRequest page) {
        StringBuilder jpql = new StringBuilder("select r from Revision r where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (account != null && !account.isBlank()) {
            jpql.append(" and r.account = :account");
            parameters.put("account", account.strip());
        }
        if (from != null) {
            jpql.append(" and r.changedAt >= :from");
            parameters.put(
                    "from",
                    from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli());
        }
        if (to != null) {
            jpql.append(" and r.changedAt < :to");
            parameters.put(
                    "to",
                    to.plusDays(1)
                            .atStartOfDay(java.time.ZoneOffset.UTC)
                            .toInstant()
                            .toEpochMilli());
        }
        jpql.append(" order by r.id desc");
        var query = em.createQuery(jpql.toString(), Revision.class);
        parameters.forEach(query::setParameter);
        List<Revision> revisions = query.setFirstResult(page.offset())
                .setMaxResults(page.size() + 1)
                .getResultList();
        List<Revision> shown = revisions.subList(0, Math.min(revisions.size(), page.size()));
        if (shown.isEmpty()) {
            return pageOf(List.of(), page, false);
        }
        List<Long> ids = shown.stream().map(Revision::getId).toList();
        Map<Long, List<RecentChange.Touched>> touched = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery("""
                select m.rev, 'm', m.id, m.revtype, m.title, null from movies_aud m where m.rev in (:revs)
                union all
                select a.rev, 'a', a.id, a.revtype, a.name, null from actors_aud a where a.rev in (:revs)
                union all
                select c.rev, 'c', c.actor_id, c.revtype, c.phone_number, o.name
                  from contact_details_aud c left join actors o on o.id = c.actor_id where c.rev in (:revs)
                union all
                select s.rev, 's', s.actor_id, s.revtype, s.name, o.name
                  from stuntmen_aud s left join actors o on o.id = s.actor_id where s.rev in (:revs)""").setParameter("revs", ids))) {
            String type = switch (str(row[1]).strip()) {
                case "m" -> "movie";
                case "a" -> "actor";
                case "c" -> "contact";
                default -> "stuntman";
            };
            touched.computeIfAbsent(num(row[0]), rev -> new ArrayList<>())
                    .add(new RecentChange.Touched(type, num(row[2]), str(row[4]), str(row[5]), kind(row[3])));
        }
        List<RecentChange> changes = shown.stream()
                .map(r -> new RecentChange(
                        r.getId(),
                        r.getChangedAt(),
                        r.getAccount(),
                        r.getChannel(),
                        touched.getOrDefault(r.getId(), List.of())))
                .toList();
        return pageOf(changes, page, revisions.size() > page.size());
    }

    /**
     * Adds a field's change: its value when the record was created, else its difference from the
     * version before. A change recorded without a version before it (a record older than the history)
     * shows no field differences.
     */
    private static void field(
            List<Change> changes, String name, Object[] before, int column, Object after, boolean created) {
        if (created) {
            if (after != null) {
                changes.add(Change.of(name, null, after));
            }
            return;
        }
        if (before == null) {
            return;
        }
        Object previous = before[column] instanceof java.sql.Date d ? d.toLocalDate() : before[column];
        if (!Objects.equals(previous, after)) {
            changes.add(Change.of(name, previous == null ? Change.NONE : previous, after));
        }
    }

    /**
     * A page whose total is known only as far as it was read: exact on the last page, else at least
     * one row more than this page (the next page's first row was read to know it exists).
     */
    private static <T> Page<T> pageOf(List<T> items, PageRequest page, boolean more) {
        long seen = (long) page.offset() + items.size();
        return more
                ? new Page<>(items, page.number(), page.size(), seen + 1, false)
                : new Page<>(items, page.number(), page.size(), seen, true);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static HistoryEntry.Kind kind(Object revtype) {
        return switch ((int) num(revtype)) {
            case ADDED -> HistoryEntry.Kind.CREATED;
            case DELETED -> HistoryEntry.Kind.DELETED;
            default -> HistoryEntry.Kind.CHANGED;
        };
    }

    private static Channel channel(Object value) {
        return Channel.valueOf(str(value));
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
    }

    private static Instant instant(Object epochMillis) {
        return Instant.ofEpochMilli(num(epochMillis));
    }

    private static LocalDate date(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}

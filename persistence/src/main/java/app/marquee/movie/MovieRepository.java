package app.marquee.movie;

import app.marquee.catalog.Actor;
import app.marquee.catalog.Movie;
import app.marquee.paging.ListingQuery;
import app.marquee.paging.Page;
import app.marquee.paging.PageRequest;
import app.marquee.persistence.NotFoundException;
import app.marquee.persistence.StaleEditException;
import app.marquee.persistence.WriteConflicts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Movies and their casts. Every public method is one unit of work: it commits when it returns and
 * rolls back entirely when it throws. The checks a write depends on (the version of an edit, a
 * duplicate title and date, the actors of a cast) run in the same unit of work as the write, and a
 * race lost to another transaction between check and write ends in the same exception as a failed
 * check ({@link StaleEditException}, {@link DuplicateMovieException}).
 */
@ApplicationScoped
@Transactional
public class MovieRepository {

    /** The unique key of {@code movies.title_key} (migration V4). */
    static final String TITLE_KEY_CONSTRAINT = "uk_movies_title_key";

    @Inject
    EntityManager em;

    public long count() {
        return em.createQuery("select count(m) from Movie m", Long.class).getSingleResult();
    }

    public boolean exists(long id) {
        return !em.createQuery("select 1 from Movie m where m.id = :id", Integer.class)
                .setParameter("id", id)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * Whether a movie other than {@code exceptId} already has this title, ignoring case, and release
     * date (both none counts as the same), so that a form can say so next to the title.
     * {@link #create} and {@link #update} check again when they write.
     */
    public boolean existsWithTitleAndDate(String title, LocalDate releaseDate, Long exceptId) {
        return keyTaken(Movie.titleKeyOf(title, releaseDate), exceptId);
    }

    // Package-private so that a test can switch the check off and reach the unique key behind it.
    boolean keyTaken(String titleKey, Long exceptId) {
        // Flush mode COMMIT: in update() the movie already holds the new key, and an automatic flush
        // before this query would write it (and hit the unique key) before the check could answer.
        TypedQuery<Integer> query = em.createQuery(
                        "select 1 from Movie m where m.titleKey = :key"
                                + (exceptId == null ? "" : " and m.id <> :exceptId"),
                        Integer.class)
                .setParameter("key", titleKey)
                .setFlushMode(FlushModeType.COMMIT);
        if (exceptId != null) {
            query.setParameter("exceptId", exceptId);
        }
        return !query.setMaxResults(1).getResultList().isEmpty();
    }

    /** The movie with its cast, and each cast member's stuntman, in one statement. */
    public Optional<Movie> findWithCast(long id) {
        // 'left join fetch' because a movie may have no cast yet; the stuntman is joined because
        // Hibernate would otherwise load each actor's (inverse one-to-one) stuntman one by one.
        return em.createQuery(
                        "select m from Movie m left join fetch m.actors a left join fetch a.stuntman"
                                + " where m.id = :id",
                        Movie.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    public Movie getWithCast(long id) {
        return findWithCast(id).orElseThrow(() -> new NotFoundException("Movie", id));
    }

    /**
     * A page of movies with their casts. Three statements whatever the page size: the count (up to
     * {@link Page#COUNT_LIMIT}), the ids of the page in order, and the movies of those ids with their casts.
     */
    public Page<MovieSummary> search(MovieSearch search, PageRequest page) {
        ListingQuery<Movie> listing = new ListingQuery<>(em, Movie.class, "m");
        if (search.title() != null) {
            listing.whereContains("m.title", "title", search.title());
        }
        if (search.releasedAfter() != null) {
            listing.where("m.releaseDate > :releasedAfter", "releasedAfter", search.releasedAfter());
        }
        if (search.actorId() != null) {
            listing.where(
                    "m.id in (select cm.id from Movie cm join cm.actors ca where ca.id = :actorId)",
                    "actorId",
                    search.actorId());
        }
        long matches = listing.boundedCount();
        List<Long> ids = listing.page("m.id", search.sort().orderBy, page, Long.class);
        return Page.counted(summaries(ids), page, matches);
    }

    /**
     * The movies with these ids, in the order of the ids, with their casts, in one statement. A movie
     * deleted since its id was read is left out rather than shown as an empty row.
     */
    private List<MovieSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // 'left join' because a movie may have no cast yet: its one row has no actor.
        List<Object[]> rows = em.createQuery(
                        "select m.id, m.version, m.title, m.releaseDate, a.id, a.name"
                                + " from Movie m left join m.actors a where m.id in :ids order by a.name, a.id",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, Object[]> movies = new HashMap<>();
        Map<Long, List<MovieSummary.CastMember>> casts = new HashMap<>();
        for (Object[] row : rows) {
            Long id = (Long) row[0];
            movies.putIfAbsent(id, row);
            List<MovieSummary.CastMember> cast = casts.computeIfAbsent(id, key -> new ArrayList<>());
            if (row[4] != null) {
                cast.add(new MovieSummary.CastMember((Long) row[4], (String) row[5]));
            }
        }
        return ids.stream()
                .filter(movies::containsKey)
                .map(id -> {
                    Object[] movie = movies.get(id);
                    return new MovieSummary(
                            id, (Long) movie[1], (String) movie[2], (LocalDate) movie[3], casts.get(id));
                })
                .toList();
    }

    /**
     * Adds a movie with the draft's title (stored normalised), date and cast.
     *
     * @throws DuplicateMovieException if another movie has the same title, ignoring case, and date
     * @throws NotFoundException if an actor of the cast does not exist
     * @throws IllegalArgumentException if the cast has more than {@link Movie#CAST_MAX} actors
     */
    public Movie create(MovieDraft draft) {
        Movie movie = new Movie(draft.title(), draft.releaseDate());
        List<Actor> cast = loadActors(draft.castIds());
        refuseDuplicate(movie, null);
        cast.forEach(movie::addActor);
        em.persist(movie);
        flush(movie);
        return movie;
    }

    /**
     * Saves a movie together with actors that are new, as the tutorial does (save-update cascade).
     *
     * @throws DuplicateMovieException if another movie has the same title, ignoring case, and date
     */
    public Movie save(Movie movie) {
        if (movie.getId() == null) {
            refuseDuplicate(movie, null);
            em.persist(movie);
            flush(movie);
            return movie;
        }
        Movie merged = em.merge(movie);
        refuseDuplicate(merged, merged.getId());
        flush(merged);
        return merged;
    }

    /**
     * Applies an edit made on {@code expectedVersion} of the movie. If the movie has been saved since,
     * also by a transaction that committed while this one was writing, nothing changes and
     * {@link StaleEditException} is thrown.
     *
     * @throws DuplicateMovieException if another movie has the new title, ignoring case, and date
     * @throws NotFoundException if the movie or an actor of the cast does not exist
     * @throws IllegalArgumentException if the cast has more than {@link Movie#CAST_MAX} actors
     */
    public Movie update(long id, long expectedVersion, MovieDraft draft) {
        Movie movie = getWithCast(id);
        if (movie.getVersion() != expectedVersion) {
            throw new StaleEditException("Movie", id, expectedVersion, movie.getVersion());
        }
        List<Actor> cast = loadActors(draft.castIds());
        movie.setTitle(draft.title());
        movie.setReleaseDate(draft.releaseDate());
        refuseDuplicate(movie, id);
        movie.replaceCast(new HashSet<>(cast));
        flush(movie);
        return movie;
    }

    /** @throws IllegalArgumentException if the cast already has {@link Movie#CAST_MAX} actors */
    public void addToCast(long movieId, long actorId) {
        Movie movie = getWithCast(movieId);
        movie.addActor(loadActors(Set.of(actorId)).get(0));
        flush(movie);
    }

    public void removeFromCast(long movieId, long actorId) {
        Movie movie = getWithCast(movieId);
        Actor actor = em.find(Actor.class, actorId);
        if (actor == null) {
            throw new NotFoundException("Actor", actorId);
        }
        movie.removeActor(actor);
        flush(movie);
    }

    /**
     * Deletes the movie and its cast links; the actors stay.
     *
     * @return the title of the deleted movie, for the caller to confirm what went
     * @throws NotFoundException if there is no such movie
     * @throws StaleEditException if another transaction changed or deleted it while this one was deleting it
     */
    public String delete(long id) {
        return delete(id, null);
    }

    /**
     * Deletes the movie as the caller last saw it: a movie changed since (another version) stays.
     *
     * @param expectedVersion the version the caller saw; null deletes whatever version is stored
     * @return the title of the deleted movie
     * @throws NotFoundException if there is no such movie
     * @throws StaleEditException if the movie is at another version, or another transaction changed or
     *         deleted it while this one was deleting it
     */
    public String delete(long id, Long expectedVersion) {
        Movie movie = getWithCast(id);
        if (expectedVersion != null && movie.getVersion() != expectedVersion) {
            throw new StaleEditException("Movie", id, expectedVersion, movie.getVersion());
        }
        // The movie's row is locked before its cast links go, the order an edit takes them in (its
        // update of the movie comes before its cast changes), so that a delete racing an edit waits
        // for it instead of deadlocking with it.
        WriteConflicts.lock(em, movie, "Movie", id);
        em.remove(movie);
        flush(movie);
        return movie.getTitle();
    }

    private void refuseDuplicate(Movie movie, Long exceptId) {
        if (keyTaken(movie.getTitleKey(), exceptId)) {
            throw new DuplicateMovieException(movie.getTitle(), movie.getReleaseDate());
        }
    }

    /**
     * Writes the unit of work's changes to the movie. A race lost to a transaction that committed
     * after this one's checks ends as if the check had seen it: another edit of the movie gives
     * {@link StaleEditException}, another movie with the same key {@link DuplicateMovieException}.
     */
    private void flush(Movie movie) {
        try {
            WriteConflicts.flush(em, "Movie", movie.getId());
        } catch (PersistenceException e) {
            if (WriteConflicts.violates(e, TITLE_KEY_CONSTRAINT)) {
                DuplicateMovieException duplicate =
                        new DuplicateMovieException(movie.getTitle(), movie.getReleaseDate());
                duplicate.initCause(e);
                throw duplicate;
            }
            throw e;
        }
    }

    private List<Actor> loadActors(Set<Long> ids) {
        if (ids.size() > Movie.CAST_MAX) {
            // Checked before the ids become an IN list, which some databases limit in length.
            throw new IllegalArgumentException("A cast has at most " + Movie.CAST_MAX + " actors, not " + ids.size());
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Actor> actors = em.createQuery(
                        "select a from Actor a left join fetch a.stuntman where a.id in :ids", Actor.class)
                .setParameter("ids", ids)
                .getResultList();
        if (actors.size() != ids.size()) {
            Set<Long> found = actors.stream().map(Actor::getId).collect(Collectors.toSet());
            Long missing =
                    ids.stream().filter(id -> !found.contains(id)).findFirst().orElseThrow();
            throw new NotFoundException("Actor", missing);
        }
        return actors.stream().sorted(Comparator.comparing(Actor::getName)).toList();
    }

    /** Every actor's id and name, by name: the choices for a cast. */
    public Map<Long, String> castChoices() {
        Map<Long, String> choices = new LinkedHashMap<>();
        em.createQuery("select a.id, a.name from Actor a order by lower(a.name), a.id", Object[].class)
                .getResultStream()
                .forEach(row -> choices.put((Long) row[0], (String) row[1]));
        return choices;
    }
}

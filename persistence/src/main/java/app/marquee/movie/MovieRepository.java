package app.marquee.movie;

import app.marquee.catalog.Actor;
import app.marquee.catalog.Movie;
import app.marquee.paging.Like;
import app.marquee.paging.Page;
import app.marquee.paging.PageRequest;
import app.marquee.persistence.NotFoundException;
import app.marquee.persistence.StaleEditException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Movies and their casts. Every public method is one unit of work: it commits when it returns and
 * rolls back entirely when it throws.
 */
@ApplicationScoped
@Transactional
public class MovieRepository {

    @Inject
    EntityManager em;

    public long count() {
        return em.createQuery("select count(m) from Movie m", Long.class).getSingleResult();
    }

    public boolean exists(long id) {
        return !em.createQuery("select 1 from Movie m where m.id = :id", Integer.class)
                .setParameter("id", id).setMaxResults(1).getResultList().isEmpty();
    }

    /** Whether another movie already has this title and release date (the UI warns about duplicates). */
    public boolean existsWithTitleAndDate(String title, LocalDate releaseDate, Long exceptId) {
        // The null cases are written into the query rather than bound as ":date is null": PostgreSQL
        // cannot tell the type of a date parameter that is only tested for null, and rejects the query.
        TypedQuery<Integer> query = em.createQuery("select 1 from Movie m where lower(m.title) = lower(:title)"
                        + (releaseDate == null ? " and m.releaseDate is null" : " and m.releaseDate = :date")
                        + (exceptId == null ? "" : " and m.id <> :exceptId"), Integer.class)
                .setParameter("title", title.strip());
        if (releaseDate != null) {
            query.setParameter("date", releaseDate);
        }
        if (exceptId != null) {
            query.setParameter("exceptId", exceptId);
        }
        return !query.setMaxResults(1).getResultList().isEmpty();
    }

    /** The movie with its cast, and each cast member's stuntman, in one statement. */
    public Optional<Movie> findWithCast(long id) {
        // 'left join fetch' because a movie may have no cast yet; the stuntman is joined because
        // Hibernate would otherwise load each actor's (inverse one-to-one) stuntman one by one.
        return em.createQuery("select m from Movie m left join fetch m.actors a left join fetch a.stuntman"
                        + " where m.id = :id", Movie.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    public Movie getWithCast(long id) {
        return findWithCast(id).orElseThrow(() -> new NotFoundException("Movie", id));
    }

    /**
     * A page of movies with their casts. Three statements whatever the page size: the count, the
     * ids of the page in order, and the movies of those ids with their casts.
     */
    public Page<Movie> search(MovieSearch search, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (search.title() != null) {
            where.append(" and lower(m.title) like :title escape '").append(Like.ESCAPE).append("'");
        }
        if (search.releasedAfter() != null) {
            where.append(" and m.releaseDate > :releasedAfter");
        }
        if (search.actorId() != null) {
            where.append(" and m.id in (select cm.id from Movie cm join cm.actors ca where ca.id = :actorId)");
        }

        TypedQuery<Long> count = em.createQuery("select count(m) from Movie m" + where, Long.class);
        TypedQuery<Long> ids = em.createQuery("select m.id from Movie m" + where + " order by " + search.sort().orderBy,
                Long.class);
        for (TypedQuery<?> query : List.of(count, ids)) {
            if (search.title() != null) {
                query.setParameter("title", Like.containing(search.title()));
            }
            if (search.releasedAfter() != null) {
                query.setParameter("releasedAfter", search.releasedAfter());
            }
            if (search.actorId() != null) {
                query.setParameter("actorId", search.actorId());
            }
        }
        long total = count.getSingleResult();
        List<Long> pageIds = ids.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(withCasts(pageIds), page.number(), page.size(), total);
    }

    private List<Movie> withCasts(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // getResultList, not getResultStream: the cast's @OrderBy sorts the rows by actor name across
        // all movies, and a streamed (scrolled) result keeps only each movie's first run of rows.
        Map<Long, Movie> byId = em.createQuery("select m from Movie m left join fetch m.actors a"
                        + " left join fetch a.stuntman where m.id in :ids", Movie.class)
                .setParameter("ids", ids)
                .getResultList().stream()
                .collect(Collectors.toMap(Movie::getId, Function.identity(), (a, b) -> a));
        return ids.stream().map(byId::get).toList();
    }

    /** The tutorial's first query: every movie, in the order they were added. */
    public List<Movie> findAll() {
        return em.createQuery("select m from Movie m order by m.id", Movie.class).getResultList();
    }

    /** The tutorial's second query: movies released after the date, oldest first. */
    public List<Movie> releasedAfter(LocalDate date) {
        return em.createQuery("select m from Movie m where m.releaseDate > :date order by m.releaseDate, m.id",
                        Movie.class)
                .setParameter("date", date)
                .getResultList();
    }

    /** The tutorial's third query: the movies an actor starred in, oldest first. */
    public List<Movie> starring(long actorId) {
        return em.createQuery("select m from Movie m join m.actors a where a.id = :actorId"
                        + " order by m.releaseDate, m.id", Movie.class)
                .setParameter("actorId", actorId)
                .getResultList();
    }

    public Movie create(MovieDraft draft) {
        Movie movie = new Movie(draft.title().strip(), draft.releaseDate());
        loadActors(draft.castIds()).forEach(movie::addActor);
        em.persist(movie);
        em.flush();
        return movie;
    }

    /** Saves a movie together with actors that are new, as the tutorial does (save-update cascade). */
    public Movie save(Movie movie) {
        if (movie.getId() == null) {
            em.persist(movie);
            em.flush();
            return movie;
        }
        Movie merged = em.merge(movie);
        em.flush();
        return merged;
    }

    /**
     * Applies an edit made on {@code expectedVersion} of the movie. If the movie has been saved since,
     * nothing changes and {@link StaleEditException} is thrown.
     */
    public Movie update(long id, long expectedVersion, MovieDraft draft) {
        Movie movie = getWithCast(id);
        if (movie.getVersion() != expectedVersion) {
            throw new StaleEditException("Movie", id, expectedVersion, movie.getVersion());
        }
        movie.setTitle(draft.title().strip());
        movie.setReleaseDate(draft.releaseDate());
        movie.replaceCast(new HashSet<>(loadActors(draft.castIds())));
        em.flush();
        return movie;
    }

    public void addToCast(long movieId, long actorId) {
        Movie movie = getWithCast(movieId);
        movie.addActor(loadActors(Set.of(actorId)).get(0));
        em.flush();
    }

    public void removeFromCast(long movieId, long actorId) {
        Movie movie = getWithCast(movieId);
        Actor actor = em.find(Actor.class, actorId);
        if (actor == null) {
            throw new NotFoundException("Actor", actorId);
        }
        movie.removeActor(actor);
        em.flush();
    }

    /** Deletes the movie and its cast links; the actors stay. */
    public void delete(long id) {
        Movie movie = getWithCast(id);
        em.remove(movie);
        em.flush();
    }

    private List<Actor> loadActors(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Actor> actors = em.createQuery("select a from Actor a left join fetch a.stuntman where a.id in :ids",
                        Actor.class)
                .setParameter("ids", ids)
                .getResultList();
        if (actors.size() != ids.size()) {
            Set<Long> found = actors.stream().map(Actor::getId).collect(Collectors.toSet());
            Long missing = ids.stream().filter(id -> !found.contains(id)).findFirst().orElseThrow();
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

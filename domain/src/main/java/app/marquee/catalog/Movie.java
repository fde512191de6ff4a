package app.marquee.catalog;

import app.marquee.text.PlainText;
import app.marquee.text.Text;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A movie and its cast. The aggregate root of the many-to-many between movies and actors: it owns
 * the {@code movies_actors} table, so casting is always done through {@link #addActor} and
 * {@link #removeActor}, which keep the actor's filmography in step.
 *
 * <p>Saving a movie saves new actors in its cast and merging a detached movie merges its cast (the
 * tutorial's save-update and merge cascades); removing a movie never removes an actor.
 *
 * <p>No two movies have the same title, ignoring case, and the same release date (or both none). The
 * database enforces that with a unique key on {@link #getTitleKey() title_key}, which the movie keeps
 * in step with its title and release date: a check in the application alone lets two people who add
 * the same movie at the same moment both succeed.
 */
@Entity
@Audited
@Table(name = "movies")
public class Movie {

    public static final int TITLE_MAX = 200;
    /** The most actors a cast can hold: forms, the API and the repository refuse more. */
    public static final int CAST_MAX = 500;

    static final int TITLE_KEY_MAX = 640;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "movies_seq")
    @SequenceGenerator(name = "movies_seq", sequenceName = "movies_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{movie.title.required}")
    @Size(max = TITLE_MAX, message = "{movie.title.size}")
    @PlainText
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @CatalogDate
    @Column(name = "release_date")
    private LocalDate releaseDate;

    // Derived from the title and release date (see titleKeyOf); only this class writes it. Not
    // recorded in the history, which has the title and date it comes from.
    @NotAudited
    @Column(name = "title_key", nullable = false, length = TITLE_KEY_MAX)
    private String titleKey;

    @Size(max = CAST_MAX, message = "{movie.cast.size}")
    @ManyToMany(cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @JoinTable(
            name = "movies_actors",
            joinColumns = @JoinColumn(name = "movie_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    @OrderBy("name ASC")
    private Set<Actor> actors = new LinkedHashSet<>();

    protected Movie() {
        // for JPA
    }

    /** A movie; the title is stored {@linkplain Text#normalize normalised}. */
    public Movie(String title, LocalDate releaseDate) {
        this.title = Objects.requireNonNull(Text.normalize(title), "title");
        this.releaseDate = releaseDate;
        this.titleKey = titleKeyOf(this.title, releaseDate);
    }

    /**
     * What makes a movie unique: its normalised title in lower case, a bar, and its release date as
     * YYYY-MM-DD (empty without one), e.g. {@code "furious 7|2015-04-02"}. Lower-casing in the
     * application rather than in SQL gives the same key on every database; MariaDB cannot index an
     * expression, and an undated movie must clash with an undated one, which a unique key over a
     * null date column would not do.
     */
    public static String titleKeyOf(String title, LocalDate releaseDate) {
        return Text.normalize(Objects.requireNonNull(title, "title")).toLowerCase(Locale.ROOT) + "|"
                + (releaseDate == null ? "" : releaseDate.toString());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    /** Changes the title, stored {@linkplain Text#normalize normalised}. */
    public void setTitle(String title) {
        String normalized = Objects.requireNonNull(Text.normalize(title), "title");
        if (!normalized.equals(this.title)) {
            this.title = normalized;
            this.titleKey = titleKeyOf(normalized, releaseDate);
        }
    }

    public LocalDate getReleaseDate() {
        return releaseDate;
    }

    public void setReleaseDate(LocalDate releaseDate) {
        if (!Objects.equals(releaseDate, this.releaseDate)) {
            this.releaseDate = releaseDate;
            this.titleKey = titleKeyOf(title, releaseDate);
        }
    }

    /**
     * The key the database keeps unique, {@link #titleKeyOf} of the title and release date. It is
     * recomputed only when one of them changes: the migration that introduced it gave movies that
     * already clashed a key with {@code #id} appended, and such a movie keeps it (and can still be
     * edited) until its title or date is changed.
     */
    public String getTitleKey() {
        return titleKey;
    }

    /** The cast, ordered by name when loaded from the database. */
    public Set<Actor> getActors() {
        return Collections.unmodifiableSet(actors);
    }

    public boolean hasActor(Actor actor) {
        return actors.contains(actor);
    }

    /**
     * Casts the actor in this movie; the actor's filmography gains this movie.
     *
     * @throws IllegalArgumentException if the cast already has {@link #CAST_MAX} actors
     */
    public void addActor(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (actors.size() >= CAST_MAX && !actors.contains(actor)) {
            throw new IllegalArgumentException("A cast has at most " + CAST_MAX + " actors");
        }
        if (actors.add(actor)) {
            actor.moviesInternal().add(this);
        }
    }

    /** Takes the actor out of the cast; the actor's filmography loses this movie. */
    public void removeActor(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (actors.remove(actor)) {
            actor.moviesInternal().remove(this);
        }
    }

    /**
     * Replaces the cast with the given actors, keeping every filmography in step.
     *
     * @throws IllegalArgumentException if there are more than {@link #CAST_MAX} of them; nothing changes
     */
    public void replaceCast(Set<Actor> newCast) {
        if (newCast.size() > CAST_MAX) {
            throw new IllegalArgumentException("A cast has at most " + CAST_MAX + " actors, not " + newCast.size());
        }
        for (Actor actor : Set.copyOf(actors)) {
            if (!newCast.contains(actor)) {
                removeActor(actor);
            }
        }
        newCast.forEach(this::addActor);
    }

    // Equal when both are persisted with the same id; a constant hash keeps a new movie findable in a
    // hash set after the database assigns its id.
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Movie other && id != null && id.equals(other.getId());
    }

    @Override
    public int hashCode() {
        return Movie.class.hashCode();
    }

    @Override
    public String toString() {
        return "Movie[id=" + id + ", title=" + title + ", releaseDate=" + releaseDate + "]";
    }
}

package app.marquee.catalog;

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
import java.util.Objects;
import java.util.Set;

/**
 * A movie and its cast. The aggregate root of the many-to-many between movies and actors: it owns
 * the {@code movies_actors} table, so casting is always done through {@link #addActor} and
 * {@link #removeActor}, which keep the actor's filmography in step.
 *
 * <p>Saving a movie saves new actors in its cast and merging a detached movie merges its cast (the
 * tutorial's save-update and merge cascades); removing a movie never removes an actor.
 */
@Entity
@Table(name = "movies")
public class Movie {

    public static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "movies_seq")
    @SequenceGenerator(name = "movies_seq", sequenceName = "movies_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{movie.title.required}")
    @Size(max = TITLE_MAX, message = "{movie.title.size}")
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "release_date")
    private LocalDate releaseDate;

    @ManyToMany(cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @JoinTable(name = "movies_actors",
            joinColumns = @JoinColumn(name = "movie_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    @OrderBy("name ASC")
    private Set<Actor> actors = new LinkedHashSet<>();

    protected Movie() {
        // for JPA
    }

    public Movie(String title, LocalDate releaseDate) {
        this.title = Objects.requireNonNull(title, "title");
        this.releaseDate = releaseDate;
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

    public void setTitle(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    public LocalDate getReleaseDate() {
        return releaseDate;
    }

    public void setReleaseDate(LocalDate releaseDate) {
        this.releaseDate = releaseDate;
    }

    /** The cast, ordered by name when loaded from the database. */
    public Set<Actor> getActors() {
        return Collections.unmodifiableSet(actors);
    }

    public boolean hasActor(Actor actor) {
        return actors.contains(actor);
    }

    /** Casts the actor in this movie; the actor's filmography gains this movie. */
    public void addActor(Actor actor) {
        Objects.requireNonNull(actor, "actor");
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

    /** Replaces the cast with the given actors, keeping every filmography in step. */
    public void replaceCast(Set<Actor> newCast) {
        for (Actor actor : Set.copyOf(actors)) {
            if (!newCast.contains(actor)) {
                removeActor(actor);
            }
        }
        newCast.forEach(this::addActor);
    }

    Set<Actor> actorsInternal() {
        return actors;
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

package app.marquee.catalog;

import app.marquee.text.PlainText;
import app.marquee.text.Text;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An actor, with a filmography, contact details and at most one stuntman. The aggregate root of its
 * contact details and stuntman: they are created, changed and removed only through the actor, and
 * removing the actor removes them (the tutorial's delete and delete-orphan cascades).
 *
 * <p>The filmography is the inverse side of {@link Movie#getActors()}: it changes only through
 * {@link Movie#addActor}, {@link Movie#removeActor} and {@link #leaveAllCasts}.
 */
@Entity
@Audited
@Table(name = "actors")
public class Actor {

    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actors_seq")
    @SequenceGenerator(name = "actors_seq", sequenceName = "actors_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{actor.name.required}")
    @Size(max = NAME_MAX, message = "{actor.name.size}")
    @PlainText
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @PastOrPresent(message = "{actor.birthday.future}")
    @CatalogDate
    @Column(name = "birthday")
    private LocalDate birthday;

    // The cast, the contacts and the stuntman are recorded from their owning side (the movie's
    // cast, the contact's and the stuntman's actor), so an actor's own revisions are its own fields.
    @NotAudited
    @ManyToMany(mappedBy = "actors")
    @OrderBy("releaseDate ASC")
    private Set<Movie> movies = new LinkedHashSet<>();

    @Valid
    @NotAudited
    @OneToMany(mappedBy = "actor", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id ASC")
    private List<ContactDetails> contactDetails = new ArrayList<>();

    @Valid
    @NotAudited
    @OneToOne(mappedBy = "actor", cascade = CascadeType.ALL, orphanRemoval = true)
    private Stuntman stuntman;

    protected Actor() {
        // for JPA
    }

    /** An actor; the name is stored {@linkplain Text#normalize normalised}. */
    public Actor(String name, LocalDate birthday) {
        this.name = Objects.requireNonNull(Text.normalize(name), "name");
        this.birthday = birthday;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Objects.requireNonNull(Text.normalize(name), "name");
    }

    public LocalDate getBirthday() {
        return birthday;
    }

    public void setBirthday(LocalDate birthday) {
        this.birthday = birthday;
    }

    /** The movies this actor starred in, ordered by release date when loaded from the database. */
    public Set<Movie> getMovies() {
        return Collections.unmodifiableSet(movies);
    }

    Set<Movie> moviesInternal() {
        return movies;
    }

    public List<ContactDetails> getContactDetails() {
        return Collections.unmodifiableList(contactDetails);
    }

    public Optional<ContactDetails> findContact(long contactId) {
        return contactDetails.stream()
                .filter(c -> c.getId() != null && c.getId() == contactId)
                .findFirst();
    }

    /** Adds a contact; it belongs to this actor from now on. */
    public ContactDetails addContact(ContactDetails contact) {
        Objects.requireNonNull(contact, "contact");
        if (contact.getActor() != null && contact.getActor() != this) {
            throw new IllegalArgumentException("The contact belongs to another actor");
        }
        if (!contactDetails.contains(contact)) {
            contactDetails.add(contact);
            contact.setActor(this);
        }
        return contact;
    }

    /** Removes a contact; once flushed its row is deleted (orphan removal). */
    public void removeContact(ContactDetails contact) {
        if (contactDetails.remove(contact)) {
            contact.setActor(null);
        }
    }

    public Optional<Stuntman> getStuntman() {
        return Optional.ofNullable(stuntman);
    }

    /**
     * Gives this actor a stuntman. An actor has at most one, so a previous stuntman is let go and its
     * row deleted (orphan removal).
     */
    public void assignStuntman(Stuntman newStuntman) {
        Objects.requireNonNull(newStuntman, "stuntman");
        if (newStuntman.getActor() != null && newStuntman.getActor() != this) {
            throw new IllegalArgumentException("The stuntman already doubles for another actor");
        }
        if (stuntman != newStuntman) {
            removeStuntman();
            stuntman = newStuntman;
            newStuntman.setActor(this);
        }
    }

    public void removeStuntman() {
        if (stuntman != null) {
            stuntman.setActor(null);
            stuntman = null;
        }
    }

    /**
     * Takes this actor out of the cast of every movie in its filmography, keeping both sides in step.
     * The cast links belong to the movies (the owning side), so an actor is removed only after this:
     * its movies stay and only the links go.
     */
    public void leaveAllCasts() {
        for (Movie movie : List.copyOf(movies)) {
            movie.removeActor(this);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Actor other && id != null && id.equals(other.getId());
    }

    @Override
    public int hashCode() {
        return Actor.class.hashCode();
    }

    @Override
    public String toString() {
        return "Actor[id=" + id + ", name=" + name + ", birthday=" + birthday + "]";
    }
}

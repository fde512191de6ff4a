package app.marquee.catalog;

import app.marquee.text.PlainText;
import app.marquee.text.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.hibernate.envers.Audited;

/** The stuntman who doubles for exactly one actor. Owned by its {@link Actor}. */
@Entity
@Audited
@Table(name = "stuntmen")
public class Stuntman {

    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stuntmen_seq")
    @SequenceGenerator(name = "stuntmen_seq", sequenceName = "stuntmen_seq", allocationSize = 50)
    private Long id;

    @NotBlank(message = "{stuntman.name.required}")
    @Size(max = NAME_MAX, message = "{stuntman.name.size}")
    @PlainText
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id", nullable = false, unique = true)
    private Actor actor;

    protected Stuntman() {
        // for JPA
    }

    /** A stuntman; the name is stored {@linkplain Text#normalize normalised}. */
    public Stuntman(String name, boolean active) {
        this.name = Objects.requireNonNull(Text.normalize(name), "name");
        this.active = active;
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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Actor getActor() {
        return actor;
    }

    void setActor(Actor actor) {
        this.actor = actor;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Stuntman other && id != null && id.equals(other.getId());
    }

    @Override
    public int hashCode() {
        return Stuntman.class.hashCode();
    }

    @Override
    public String toString() {
        return "Stuntman[id=" + id + ", name=" + name + ", active=" + active + "]";
    }
}

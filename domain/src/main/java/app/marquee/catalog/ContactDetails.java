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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.hibernate.envers.Audited;

/** A phone number and address at which an actor can be reached. Owned by its {@link Actor}. */
@Entity
@Audited
@Table(name = "contact_details")
public class ContactDetails {

    public static final int PHONE_MAX = 32;
    public static final int ADDRESS_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_details_seq")
    @SequenceGenerator(name = "contact_details_seq", sequenceName = "contact_details_seq", allocationSize = 50)
    private Long id;

    @NotBlank(message = "{contact.phoneNumber.required}")
    @Size(max = PHONE_MAX, message = "{contact.phoneNumber.size}")
    @PlainText
    @Column(name = "phone_number", nullable = false, length = PHONE_MAX)
    private String phoneNumber;

    @NotBlank(message = "{contact.address.required}")
    @Size(max = ADDRESS_MAX, message = "{contact.address.size}")
    @PlainText
    @Column(name = "address", nullable = false, length = ADDRESS_MAX)
    private String address;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id", nullable = false)
    private Actor actor;

    protected ContactDetails() {
        // for JPA
    }

    /** Contact details; both values are stored {@linkplain Text#normalize normalised}. */
    public ContactDetails(String phoneNumber, String address) {
        this.phoneNumber = Objects.requireNonNull(Text.normalize(phoneNumber), "phoneNumber");
        this.address = Objects.requireNonNull(Text.normalize(address), "address");
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = Objects.requireNonNull(Text.normalize(phoneNumber), "phoneNumber");
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = Objects.requireNonNull(Text.normalize(address), "address");
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
        return o instanceof ContactDetails other && id != null && id.equals(other.getId());
    }

    @Override
    public int hashCode() {
        return ContactDetails.class.hashCode();
    }

    @Override
    public String toString() {
        return "ContactDetails[id=" + id + ", phoneNumber=" + phoneNumber + ", address=" + address + "]";
    }
}

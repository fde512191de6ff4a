package app.marquee.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One transaction's changes to the catalogue: when, by whom, through which channel, in which
 * request. Envers writes it together with the transaction's audit rows, so a rolled-back change
 * leaves neither.
 */
@Entity
@Table(name = "revisions")
@RevisionEntity(RevisionStamp.class)
public class Revision {

    public static final int ACCOUNT_MAX = 100;
    public static final int REQUEST_ID_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revisions_seq")
    @SequenceGenerator(name = "revisions_seq", sequenceName = "revisions_seq", allocationSize = 50)
    @RevisionNumber
    private long id;

    // Milliseconds since the epoch: the one timestamp type that maps alike on all three databases.
    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Column(name = "account", nullable = false, length = ACCOUNT_MAX)
    private String account;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 8)
    private Channel channel;

    @Column(name = "request_id", length = REQUEST_ID_MAX)
    private String requestId;

    protected Revision() {
        // for JPA and Envers
    }

    void stamp(ChangeOrigin origin) {
        String who = origin.account();
        this.account = who.length() > ACCOUNT_MAX ? who.substring(0, ACCOUNT_MAX) : who;
        this.channel = origin.channel();
        String request = origin.requestId();
        this.requestId =
                request == null || request.length() <= REQUEST_ID_MAX ? request : request.substring(0, REQUEST_ID_MAX);
    }

    public long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return Instant.ofEpochMilli(changedAt);
    }

    public String getAccount() {
        return account;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getRequestId() {
        return requestId;
    }
}

package app.marquee.account;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A personal API token an account created for itself. The token text (a signed JWT) is shown once
 * and never stored; this record keeps what the owner needs to recognise and revoke it, and the
 * {@code tokenId} the JWT carries, by which the API finds this record on every use.
 */
@Entity
@Table(name = "api_tokens")
public class ApiToken {

    public static final int NAME_MAX = 100;
    public static final int TOKEN_ID_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_tokens_seq")
    @SequenceGenerator(name = "api_tokens_seq", sequenceName = "api_tokens_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @NotBlank(message = "{token.name.required}")
    @Size(max = NAME_MAX, message = "{token.name.size}")
    @PlainText
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_id", nullable = false, length = TOKEN_ID_MAX, unique = true)
    private String tokenId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(Account account, String name, String tokenId, Instant createdAt, Instant expiresAt) {
        this.account = Objects.requireNonNull(account, "account");
        this.name = Objects.requireNonNull(Text.normalize(name), "name");
        this.tokenId = Objects.requireNonNull(tokenId, "tokenId");
        this.createdAt = utc(createdAt);
        this.expiresAt = utc(expiresAt);
        if (!this.expiresAt.isAfter(this.createdAt)) {
            throw new IllegalArgumentException("A token must expire after it is created");
        }
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getTokenId() {
        return tokenId;
    }

    public Instant getCreatedAt() {
        return instant(createdAt);
    }

    public Instant getExpiresAt() {
        return instant(expiresAt);
    }

    public Instant getLastUsedAt() {
        return instant(lastUsedAt);
    }

    public Instant getRevokedAt() {
        return instant(revokedAt);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpired(Instant now) {
        return !utc(now).isBefore(expiresAt);
    }

    /** Revokes the token; revoking it again changes nothing. */
    public void revoke(Instant when) {
        if (revokedAt == null) {
            revokedAt = utc(when);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(Objects.requireNonNull(instant, "instant"), ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ApiToken token && id != null && id.equals(token.id);
    }

    @Override
    public int hashCode() {
        return ApiToken.class.hashCode();
    }
}

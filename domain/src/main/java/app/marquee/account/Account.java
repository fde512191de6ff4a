package app.marquee.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Someone who may sign in and change the catalogue. The account keeps only a salted slow hash of its
 * password (computed by the caller, which owns the hashing algorithm), its roles, whether it may sign
 * in at all, and whether its password is still a published demo password.
 *
 * <p>Account names are stored in lower case, so "Alice" and "alice" are the same account.
 */
@Entity
@Table(name = "accounts")
public class Account {

    public static final int USERNAME_MAX = 64;
    public static final int HASH_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accounts_seq")
    @SequenceGenerator(name = "accounts_seq", sequenceName = "accounts_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{account.username.required}")
    @Size(max = USERNAME_MAX, message = "{account.username.size}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._@-]*", message = "{account.username.pattern}")
    @Column(name = "username", nullable = false, length = USERNAME_MAX, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false, length = HASH_MAX)
    private String passwordHash;

    // Roles are few and read with every sign-in and every token check, so they come with the account.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_roles", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "demo_password", nullable = false)
    private boolean demoPassword;

    // Stored as UTC wall-clock time: the one timestamp type PostgreSQL, H2 and MariaDB share.
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_sign_in_at")
    private LocalDateTime lastSignInAt;

    protected Account() {
        // for JPA
    }

    /** A new, enabled account at {@code level} whose password hashes to {@code passwordHash}. */
    public Account(String username, String passwordHash, Role level, Instant createdAt) {
        this.username = normalize(Objects.requireNonNull(username, "username"));
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = level.granted();
        this.enabled = true;
        this.createdAt = utc(Objects.requireNonNull(createdAt, "createdAt"));
    }

    /** How account names are compared and stored: trimmed and in lower case. */
    public static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** Sets a new password (its hash); a password someone chose is no longer the demo one. */
    public void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        this.demoPassword = false;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    /** The highest role: what the account list shows and what the role form changes. */
    public Role getLevel() {
        return roles.contains(Role.ADMIN) ? Role.ADMIN : Role.EDITOR;
    }

    public void setLevel(Role level) {
        roles.clear();
        roles.addAll(level.granted());
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** The group names for Jakarta Security and tokens, sorted: e.g. {@code [admin, editor]}. */
    public Set<String> groups() {
        Set<String> groups = new TreeSet<>();
        roles.forEach(role -> groups.add(role.group()));
        return groups;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Whether the password is still the published demo password this account was created with. */
    public boolean hasDemoPassword() {
        return demoPassword;
    }

    /** Marks the password as the published demo one (demo accounts of the embedded database). */
    public void markDemoPassword() {
        this.demoPassword = true;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public Instant getLastSignInAt() {
        return lastSignInAt == null ? null : lastSignInAt.toInstant(ZoneOffset.UTC);
    }

    public void signedInAt(Instant when) {
        this.lastSignInAt = utc(when);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Account account && id != null && id.equals(account.id);
    }

    @Override
    public int hashCode() {
        return Account.class.hashCode();
    }

    @Override
    public String toString() {
        return "Account[" + username + "]";
    }
}

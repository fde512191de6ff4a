package app.marquee.web.signin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks passwords with Jakarta Security's PBKDF2, at the strength OWASP recommends for
 * PBKDF2-HMAC-SHA512 (210,000 iterations), with a 32-byte random salt per password. The stored form
 * names the algorithm, iterations and salt, so stronger settings later still verify older hashes.
 */
@ApplicationScoped
public class Passwords {

    static final int ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash hash;

    // Checked against when there is no account to check, so that a sign-in for an unknown name takes
    // as long as one for a known name with a wrong password.
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of one check without any account behind it. Always false. */
    public boolean matchesNothing(String password) {
        String against;
        synchronized (this) {
            if (decoy == null) {
                decoy = hash("decoy password that no account has");
            }
            against = decoy;
        }
        hash.verify(password.toCharArray(), against);
        return false;
    }
}

package app.marquee.web.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The issuers whose tokens the API accepts, from configuration:
 * <ul>
 *   <li>the application's own ({@code marquee.jwt.own-issuer.enabled}, default true): its key is
 *       loaded, or generated, at start-up from {@code marquee.jwt.signing-key};</li>
 *   <li>an external one when {@code mp.jwt.verify.publickey.location} or {@code mp.jwt.verify.publickey}
 *       is set, with {@code mp.jwt.verify.issuer} (required) and {@code mp.jwt.verify.audiences}.
 *       Its keys are read on first use, and again after a failure, so a key file written after
 *       start-up or an identity provider that was briefly unreachable is picked up.</li>
 * </ul>
 */
@ApplicationScoped
public class TrustedIssuers {

    private static final Logger LOG = Logger.getLogger(TrustedIssuers.class.getName());

    static final String OWN_ENABLED_KEY = "marquee.jwt.own-issuer.enabled";
    static final String GROUPS_CLAIM_KEY = "marquee.jwt.groups-claim";
    static final String MP_LOCATION = "mp.jwt.verify.publickey.location";
    static final String MP_KEY = "mp.jwt.verify.publickey";
    static final String MP_ISSUER = "mp.jwt.verify.issuer";
    static final String MP_AUDIENCES = "mp.jwt.verify.audiences";
    static final String MP_CLOCK_SKEW = "mp.jwt.verify.clock.skew";

    @Inject
    Config config;

    private OwnIssuer own;
    private TrustedIssuer ownTrusted;
    private TrustedIssuer external;
    private boolean ownFailureLogged;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!ownEnabled()) {
            LOG.info("API tokens: the application's own issuer is off (" + OWN_ENABLED_KEY + ")");
        } else {
            // An unusable key file has been logged; pages, reads and external tokens still work.
            usableOwnIssuer()
                    .ifPresent(issuer -> LOG.info(() -> "API tokens: accepting the application's own"
                            + " (issuer '" + issuer.issuer() + "', audience '" + issuer.audience() + "', key "
                            + signingKeyFile() + "). An editor token: java -cp"
                            + " \"web/target/marquee/WEB-INF/classes:web/target/marquee/WEB-INF/lib/*\""
                            + " app.marquee.web.security.IssueToken --subject alice --group editor"));
        }
        externalConfigured()
                .ifPresent(location -> LOG.info(() ->
                        "API tokens: accepting issuer '" + string(MP_ISSUER).orElse("(mp.jwt.verify.issuer is not set)")
                                + "' with keys from " + location));
    }

    /**
     * The application's own issuer, if enabled; its key is created on first call if there is none.
     *
     * @throws IllegalStateException or {@link java.io.UncheckedIOException} if the key file cannot be
     *         read or created
     */
    public synchronized Optional<OwnIssuer> ownIssuer() {
        if (!ownEnabled()) {
            return Optional.empty();
        }
        if (own == null) {
            own = new OwnIssuer(
                    SigningKeyFile.loadOrCreate(signingKeyFile()),
                    string(OwnIssuer.ISSUER_KEY).orElse(OwnIssuer.DEFAULT_ISSUER),
                    string(OwnIssuer.AUDIENCE_KEY).orElse(OwnIssuer.DEFAULT_AUDIENCE));
            ownTrusted = new TrustedIssuer(
                    "own",
                    own.issuer(),
                    Set.of(own.audience()),
                    new ImmutableJWKSet<>(new JWKSet(own.key().toPublicJWK())),
                    clockSkew());
        }
        return Optional.of(own);
    }

    /** Every issuer currently usable, the application's own first. */
    synchronized List<TrustedIssuer> all() {
        List<TrustedIssuer> all = new ArrayList<>(2);
        usableOwnIssuer().ifPresent(ignored -> all.add(ownTrusted));
        external().ifPresent(all::add);
        return all;
    }

    /** The application's own issuer if it is enabled and its key usable (a failure is logged once). */
    public Optional<OwnIssuer> ownIssuerIfUsable() {
        return usableOwnIssuer();
    }

    // A key file that cannot be read or written (say, a read-only home directory) must not stop the
    // application: it is logged with the fix, and the own issuer's tokens are refused until then.
    private synchronized Optional<OwnIssuer> usableOwnIssuer() {
        try {
            return ownIssuer();
        } catch (UncheckedIOException | IllegalStateException e) {
            if (!ownFailureLogged) {
                ownFailureLogged = true;
                LOG.log(
                        Level.SEVERE,
                        "API tokens: the application''s own issuer is unusable: {0}. Its tokens are"
                                + " refused until {1} names a readable key file in a writable folder.",
                        new Object[] {e.getMessage(), SigningKeyFile.LOCATION_KEY});
            }
            return Optional.empty();
        }
    }

    private boolean ownEnabled() {
        return config.getOptionalValue(OWN_ENABLED_KEY, Boolean.class).orElse(true);
    }

    /** The claim holding the token's groups: a top-level claim name, or a dotted path such as realm_access.roles. */
    String groupsClaim() {
        return string(GROUPS_CLAIM_KEY).orElse("groups");
    }

    private Optional<TrustedIssuer> external() {
        if (external != null) {
            return Optional.of(external);
        }
        Optional<String> location = string(MP_LOCATION);
        Optional<String> inlineKey = string(MP_KEY);
        if (location.isEmpty() && inlineKey.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> issuer = string(MP_ISSUER);
        if (issuer.isEmpty()) {
            LOG.warning("API tokens: " + MP_LOCATION + " is set but " + MP_ISSUER
                    + " is not; tokens of the external issuer are refused until it is set");
            return Optional.empty();
        }
        try {
            var keys = location.isPresent()
                    ? KeySources.fromLocation(location.get())
                    : KeySources.fromText(inlineKey.get());
            external = new TrustedIssuer("external", issuer.get(), audiences(), keys, clockSkew());
            return Optional.of(external);
        } catch (IOException | KeySources.KeyParseException e) {
            LOG.log(Level.WARNING, "API tokens: cannot load the keys of issuer ''{0}'' from {1}: {2}", new Object[] {
                issuer.get(), location.orElse(MP_KEY), e.getMessage()
            });
            return Optional.empty();
        }
    }

    private Optional<String> externalConfigured() {
        return string(MP_LOCATION).or(() -> string(MP_KEY).map(ignored -> MP_KEY));
    }

    private Set<String> audiences() {
        return string(MP_AUDIENCES)
                .map(list -> new LinkedHashSet<>(Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .toList()))
                .map(Set::copyOf)
                .orElse(Set.of());
    }

    private Duration clockSkew() {
        return Duration.ofSeconds(
                config.getOptionalValue(MP_CLOCK_SKEW, Integer.class).orElse(60));
    }

    private Path signingKeyFile() {
        return string(SigningKeyFile.LOCATION_KEY).map(Path::of).orElseGet(SigningKeyFile::defaultLocation);
    }

    private Optional<String> string(String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }
}

package app.marquee.it;

import app.marquee.web.security.OwnIssuer;
import app.marquee.web.security.SigningKeyFile;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Keys and tokens for the API tests, all made here:
 * <ul>
 *   <li>the application's own key, read from the file the application generated at start-up
 *       (failsafe points both at {@code test.jwt.own-key});</li>
 *   <li>an "external identity provider": an RSA key generated once per test run, whose public JWKS
 *       is written where {@code mp.jwt.verify.publickey.location} points;</li>
 *   <li>keys nobody trusts, for bad signatures.</li>
 * </ul>
 */
final class TestTokens {

    static final String OWN_ISSUER = OwnIssuer.DEFAULT_ISSUER;
    static final String OWN_AUDIENCE = OwnIssuer.DEFAULT_AUDIENCE;
    static final String EXTERNAL_ISSUER = System.getProperty("test.jwt.external-issuer");
    static final String EXTERNAL_AUDIENCE = System.getProperty("test.jwt.external-audience");

    private static RSAKey external;

    private TestTokens() {}

    static Path ownKeyFile() {
        return Path.of(System.getProperty("test.jwt.own-key"));
    }

    static ECKey ownKey() {
        return SigningKeyFile.loadOrCreate(ownKeyFile());
    }

    static synchronized RSAKey externalKey() {
        if (external == null) {
            external = generateRsa("external-test-key");
        }
        return external;
    }

    /** Writes the external provider's public keys where the application is configured to read them. */
    static void publishExternalJwks() {
        Path file = Path.of(System.getProperty("test.jwt.external-jwks"));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, new JWKSet(externalKey().toPublicJWK()).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An editor's token from the application's own issuer, as IssueToken would print it. */
    static String editor() {
        return new OwnIssuer(ownKey(), OWN_ISSUER, OWN_AUDIENCE)
                .issue("alice", List.of("editor"), Duration.ofMinutes(10));
    }

    /** A valid token of the own issuer without the editor group. */
    static String reader() {
        return new OwnIssuer(ownKey(), OWN_ISSUER, OWN_AUDIENCE)
                .issue("rita", List.of("viewer"), Duration.ofMinutes(10));
    }

    /** Claims that pass every check of the given issuer, to be varied by each test. */
    static JWTClaimsSet.Builder claims(String issuer, String audience, List<String> groups) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject("test-user")
                .claim("groups", groups)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))));
    }

    static String sign(JWK key, JWTClaimsSet claims) {
        try {
            JWSAlgorithm algorithm = key instanceof ECKey ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256;
            JWSSigner signer = key instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) key);
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(algorithm)
                            .type(JOSEObjectType.JWT)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static ECKey generateEc(String keyId) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAKey generateRsa(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

package app.marquee.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

/**
 * The application's own signing key: an EC P-256 key pair (ES256) kept as a private JWK in a file
 * that only its owner can read. The running application and the {@link IssueToken} command both
 * call {@link #loadOrCreate}; whichever comes first generates the key, and both then use it.
 */
public final class SigningKeyFile {

    /** The configuration key (MicroProfile Config; environment variable MARQUEE_JWT_SIGNING_KEY). */
    public static final String LOCATION_KEY = "marquee.jwt.signing-key";

    static final JWSAlgorithm ALGORITHM = JWSAlgorithm.ES256;

    private SigningKeyFile() {}

    /** {@code ~/.marquee/jwt-signing-key.json}, next to the embedded database. */
    public static Path defaultLocation() {
        return Path.of(System.getProperty("user.home"), ".marquee", "jwt-signing-key.json");
    }

    /** The key stored at {@code file}; if there is none yet, a new one is generated and stored there. */
    public static ECKey loadOrCreate(Path file) {
        if (Files.isRegularFile(file)) {
            return load(file);
        }
        ECKey generated = generate();
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".jwt-signing-key", ".tmp");
            try {
                ownerOnly(temp);
                Files.writeString(temp, generated.toJSONString(), StandardCharsets.UTF_8);
                // Not REPLACE_EXISTING: if another process stored a key meanwhile, that one wins.
                Files.move(temp, file);
                return generated;
            } catch (FileAlreadyExistsException raced) {
                return load(file);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the JWT signing key at " + file, e);
        }
    }

    static ECKey load(Path file) {
        try {
            JWK jwk = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!(jwk instanceof ECKey ec) || !ec.isPrivate()) {
                throw new IllegalStateException("The JWT signing key file " + file + " does not hold a private EC key");
            }
            return ec;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JWT signing key at " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The JWT signing key file " + file + " is not a JSON Web Key", e);
        }
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(ALGORITHM)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an EC P-256 key", e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the folder's permissions.
        }
    }
}

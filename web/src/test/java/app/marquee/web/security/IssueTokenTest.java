package app.marquee.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command that prints a token signed with the application's own key. */
class IssueTokenTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void createsTheKeyFileOnFirstUseAndPrintsAnEditorTokenSignedWithIt() throws Exception {
        Path keyFile = dir.resolve("keys/jwt-signing-key.json");

        int status = run("--subject", "alice", "--group", "editor", "--key", keyFile.toString());

        assertThat(status).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
        ECKey key = SigningKeyFile.loadOrCreate(keyFile);
        SignedJWT jwt = SignedJWT.parse(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(jwt.verify(new ECDSAVerifier(key.toECPublicKey()))).isTrue();
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(key.getKeyID());
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getIssuer()).isEqualTo("marquee");
        assertThat(claims.getAudience()).containsExactly("marquee-api");
        assertThat(claims.getStringListClaim("groups")).containsExactly("editor");
        assertThat(claims.getExpirationTime().toInstant())
                .isCloseTo(Instant.now().plus(Duration.ofHours(8)), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void keepsUsingTheSameKeyAndHonoursTheOptions() throws Exception {
        Path keyFile = dir.resolve("key.json");
        run("--subject", "a", "--key", keyFile.toString());
        String firstKey = Files.readString(keyFile);
        out.reset();

        int status = run(
                "--subject",
                "bob",
                "--lifetime",
                "30m",
                "--issuer",
                "https://me/",
                "--audience",
                "other",
                "--key",
                keyFile.toString());

        assertThat(status).isZero();
        assertThat(Files.readString(keyFile)).isEqualTo(firstKey);
        var claims =
                SignedJWT.parse(out.toString(StandardCharsets.UTF_8).strip()).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("https://me/");
        assertThat(claims.getAudience()).containsExactly("other");
        assertThat(claims.getStringListClaim("groups")).isEmpty();
        assertThat(claims.getExpirationTime().toInstant())
                .isCloseTo(Instant.now().plus(Duration.ofMinutes(30)), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void refusesBadUsageWithStatus2AndPrintsNothingOnStandardOutput() {
        assertThat(run("--group", "editor", "--key", dir.resolve("k.json").toString()))
                .isEqualTo(2);
        assertThat(run("--subject", "a", "--colour", "red")).isEqualTo(2);
        assertThat(run("--subject", "a", "--lifetime", "forever")).isEqualTo(2);
        assertThat(run("--subject")).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--subject is required", "Unknown option --colour", "Not a duration: forever", "Usage:");
        assertThat(dir.resolve("k.json")).doesNotExist();
    }

    @Test
    void readsLifetimesInShortAndIsoForms() {
        assertThat(IssueToken.duration("45m")).isEqualTo(Duration.ofMinutes(45));
        assertThat(IssueToken.duration("8h")).isEqualTo(Duration.ofHours(8));
        assertThat(IssueToken.duration("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(IssueToken.duration("PT90S")).isEqualTo(Duration.ofSeconds(90));
    }

    private int run(String... args) {
        return IssueToken.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}

package app.marquee.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key formats {@code mp.jwt.verify.publickey(.location)} may hold: JWKS, JWK, PEM public key. */
class KeySourcesTest {

    @TempDir
    Path dir;

    @Test
    void readsAnRsaPublicKeyInPem() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PublicKey key = generator.generateKeyPair().getPublic();

        JWKSet keys = KeySources.parse(pem(key));

        assertThat(keys.getKeys()).singleElement().isInstanceOf(RSAKey.class);
        assertThat(((RSAKey) keys.getKeys().get(0)).toRSAPublicKey()).isEqualTo(key);
    }

    @Test
    void readsAnEcPublicKeyInPemFromAFile() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        PublicKey key = generator.generateKeyPair().getPublic();
        Path file = Files.writeString(dir.resolve("public.pem"), pem(key));

        List<JWK> keys = keysOf(KeySources.fromLocation(file.toString()));
        List<JWK> viaUrl = keysOf(KeySources.fromLocation(file.toUri().toString()));

        assertThat(keys).singleElement().isInstanceOf(ECKey.class);
        assertThat(((ECKey) keys.get(0)).toECPublicKey()).isEqualTo(key);
        assertThat(viaUrl).isEqualTo(keys);
    }

    @Test
    void readsAJwksAndASingleJwkKeepingOnlyPublicParts() throws Exception {
        ECKey first = TestKeys.ec("first");
        ECKey second = TestKeys.ec("second");
        Path jwks = Files.writeString(dir.resolve("jwks.json"), new JWKSet(List.of(first, second)).toString(false));

        List<JWK> keys = keysOf(KeySources.fromLocation(jwks.toString()));
        assertThat(keys).extracting(JWK::getKeyID).containsExactly("first", "second");
        assertThat(keys).noneMatch(JWK::isPrivate);

        assertThat(keysOf(KeySources.fromText(first.toPublicJWK().toJSONString())))
                .extracting(JWK::getKeyID)
                .containsExactly("first");
    }

    @Test
    void refusesWhatIsNoKey() {
        assertThatThrownBy(() -> KeySources.parse("hello")).isInstanceOf(KeySources.KeyParseException.class);
        assertThatThrownBy(() -> KeySources.parse("{\"kty\":\"nope\"}"))
                .isInstanceOf(KeySources.KeyParseException.class);
        assertThatThrownBy(() -> KeySources.parse("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"))
                .isInstanceOf(KeySources.KeyParseException.class);
        assertThatThrownBy(
                        () -> KeySources.fromLocation(dir.resolve("missing.pem").toString()))
                .isInstanceOf(java.io.IOException.class);
    }

    private static List<JWK> keysOf(JWKSource<SecurityContext> source) throws Exception {
        return source.get(new JWKSelector(new JWKMatcher.Builder().build()), null);
    }

    private static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}

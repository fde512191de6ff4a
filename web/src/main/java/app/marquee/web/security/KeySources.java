package app.marquee.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.List;

/**
 * Loads verification keys as MicroProfile JWT describes them: {@code mp.jwt.verify.publickey} holds
 * a key, {@code mp.jwt.verify.publickey.location} names a file, class-path resource or URL of one.
 * A key is a JWKS, a single JWK, a PEM public key or a PEM certificate. An http(s) location must
 * serve a JWKS (Auth0's {@code /.well-known/jwks.json}, Keycloak's {@code .../certs}); it is cached
 * and fetched again when a token names a key id it does not know, so key rotation just works.
 */
final class KeySources {

    private KeySources() {}

    static JWKSource<SecurityContext> fromLocation(String location) throws IOException, KeyParseException {
        String trimmed = location.strip();
        if (trimmed.startsWith("https://") || trimmed.startsWith("http://")) {
            try {
                return JWKSourceBuilder.create(URI.create(trimmed).toURL())
                        .retrying(true)
                        .build();
            } catch (MalformedURLException | IllegalArgumentException e) {
                throw new KeyParseException("Not a valid URL: " + trimmed);
            }
        }
        return fromText(read(trimmed));
    }

    static JWKSource<SecurityContext> fromText(String text) throws KeyParseException {
        return new ImmutableJWKSet<>(parse(text).toPublicJWKSet());
    }

    static JWKSet parse(String text) throws KeyParseException {
        String trimmed = text.strip();
        try {
            if (trimmed.startsWith("-----BEGIN CERTIFICATE-----")) {
                return new JWKSet(JWK.parseFromPEMEncodedX509Cert(trimmed));
            }
            if (trimmed.startsWith("-----BEGIN PUBLIC KEY-----")) {
                return new JWKSet(fromPublicKeyPem(trimmed));
            }
            if (trimmed.startsWith("{")) {
                return trimmed.contains("\"keys\"") ? JWKSet.parse(trimmed) : new JWKSet(JWK.parse(trimmed));
            }
        } catch (ParseException | JOSEException | GeneralSecurityException | IllegalArgumentException e) {
            throw new KeyParseException("The key is not a valid JWKS, JWK or PEM public key: " + e.getMessage());
        }
        throw new KeyParseException("The key is neither JSON (JWKS or JWK) nor PEM (BEGIN PUBLIC KEY or CERTIFICATE)");
    }

    // X.509 SubjectPublicKeyInfo, decoded by the JDK; Nimbus's own PEM reader needs BouncyCastle.
    private static JWK fromPublicKeyPem(String pem) throws GeneralSecurityException {
        String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        X509EncodedKeySpec spec = new X509EncodedKeySpec(Base64.getDecoder().decode(base64));
        GeneralSecurityException last = null;
        for (String algorithm : List.of("RSA", "EC")) {
            try {
                PublicKey key = KeyFactory.getInstance(algorithm).generatePublic(spec);
                if (key instanceof RSAPublicKey rsa) {
                    return new RSAKey.Builder(rsa).build();
                }
                if (key instanceof ECPublicKey ec) {
                    return new ECKey.Builder(Curve.forECParameterSpec(ec.getParams()), ec).build();
                }
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw last != null ? last : new GeneralSecurityException("Neither an RSA nor an EC public key");
    }

    private static String read(String location) throws IOException {
        if (location.startsWith("file:")) {
            return Files.readString(Path.of(URI.create(location)), StandardCharsets.UTF_8);
        }
        String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : null;
        if (resource == null) {
            Path file = Path.of(location);
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            resource = location; // MicroProfile JWT also allows a resource path such as /publicKey.pem
        }
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("No file or class-path resource " + location);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A configured key that cannot be understood. */
    static final class KeyParseException extends Exception {
        KeyParseException(String message) {
            super(message);
        }
    }
}

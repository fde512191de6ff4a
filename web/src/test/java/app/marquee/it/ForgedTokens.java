package app.marquee.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bearer tokens that carry the editor group but must be refused (401): expired, not yet valid,
 * incomplete, of the wrong issuer or audience, unsigned, HMAC-signed, signed by an untrusted key or
 * under a trusted key's id, changed after signing, without or with a cut signature, of another type,
 * shaped like an encrypted token. Each is named by the words the corpus puts after "a token".
 */
final class ForgedTokens {

    static final String EXPIRED = "that expired an hour ago";
    static final String NOT_YET_VALID = "valid only from an hour from now";
    static final String NO_EXPIRY = "without exp";
    static final String OTHER_ISSUER = "of another issuer";
    static final String OTHER_AUDIENCE = "for another audience";
    static final String ALG_NONE = "that is unsigned (alg none)";
    static final String HMAC = "HMAC-signed with the public key as the secret";
    static final String UNKNOWN_KEY = "signed by a key nobody trusts";
    static final String KEY_ID_REUSED = "signed by another key under the own key's id";
    static final String EXTERNAL_WRONG_KEY = "of the external issuer signed by another RSA key";
    static final String TAMPERED = "whose claims were changed after signing";
    static final String NO_SIGNATURE = "with its signature removed";
    static final String CUT_SIGNATURE = "with its signature cut short";
    static final String OTHER_TYPE = "of another type (typ secevent+jwt, a security event token)";
    static final String FIVE_PARTS = "of five parts, like an encrypted token";

    static final List<String> KINDS = List.of(
            EXPIRED,
            NOT_YET_VALID,
            NO_EXPIRY,
            OTHER_ISSUER,
            OTHER_AUDIENCE,
            ALG_NONE,
            HMAC,
            UNKNOWN_KEY,
            KEY_ID_REUSED,
            EXTERNAL_WRONG_KEY,
            TAMPERED,
            NO_SIGNATURE,
            CUT_SIGNATURE,
            OTHER_TYPE,
            FIVE_PARTS);

    private ForgedTokens() {}

    /** One token of each kind, made now with the application's own key (read from its key file). */
    static Map<String, String> make() {
        ECKey own = TestTokens.ownKey();
        List<String> editor = List.of("editor");
        Instant now = Instant.now();
        JWTClaimsSet.Builder valid = TestTokens.claims(TestTokens.OWN_ISSUER, TestTokens.OWN_AUDIENCE, editor);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put(
                EXPIRED,
                TestTokens.sign(
                        own,
                        valid.issueTime(Date.from(now.minus(Duration.ofHours(2))))
                                .expirationTime(Date.from(now.minus(Duration.ofHours(1))))
                                .build()));
        tokens.put(
                NOT_YET_VALID,
                TestTokens.sign(
                        own,
                        TestTokens.claims(TestTokens.OWN_ISSUER, TestTokens.OWN_AUDIENCE, editor)
                                .notBeforeTime(Date.from(now.plus(Duration.ofHours(1))))
                                .build()));
        tokens.put(
                NO_EXPIRY,
                TestTokens.sign(
                        own,
                        TestTokens.claims(TestTokens.OWN_ISSUER, TestTokens.OWN_AUDIENCE, editor)
                                .expirationTime(null)
                                .build()));
        tokens.put(
                OTHER_ISSUER,
                TestTokens.sign(
                        own,
                        TestTokens.claims("https://issuer.example.test/", TestTokens.OWN_AUDIENCE, editor)
                                .build()));
        tokens.put(
                OTHER_AUDIENCE,
                TestTokens.sign(
                        own,
                        TestTokens.claims(TestTokens.OWN_ISSUER, "someone-else", editor)
                                .build()));
        JWTClaimsSet claims = TestTokens.claims(TestTokens.OWN_ISSUER, TestTokens.OWN_AUDIENCE, editor)
                .build();
        tokens.put(ALG_NONE, base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64(claims.toString()) + ".");
        tokens.put(HMAC, hmacSigned(own, claims));
        tokens.put(UNKNOWN_KEY, TestTokens.sign(TestTokens.generateEc("nobody-trusts-this-key"), claims));
        ECKey impostor = new ECKey.Builder(TestTokens.generateEc("impostor"))
                .keyID(own.getKeyID())
                .build();
        tokens.put(KEY_ID_REUSED, TestTokens.sign(impostor, claims));
        RSAKey externalImpostor = new RSAKey.Builder(TestTokens.generateRsa("x"))
                .keyID(TestTokens.externalKey().getKeyID())
                .build();
        tokens.put(
                EXTERNAL_WRONG_KEY,
                TestTokens.sign(
                        externalImpostor,
                        TestTokens.claims(TestTokens.EXTERNAL_ISSUER, TestTokens.EXTERNAL_AUDIENCE, editor)
                                .build()));
        String genuine = TestTokens.sign(own, claims);
        String[] parts = genuine.split("\\.");
        JWTClaimsSet raised = TestTokens.claims(
                        TestTokens.OWN_ISSUER, TestTokens.OWN_AUDIENCE, List.of("editor", "admin"))
                .subject("mallory")
                .build();
        tokens.put(TAMPERED, parts[0] + "." + base64(raised.toString()) + "." + parts[2]);
        tokens.put(NO_SIGNATURE, parts[0] + "." + parts[1] + ".");
        tokens.put(CUT_SIGNATURE, parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() / 2));
        tokens.put(OTHER_TYPE, signedWithType(own, claims, new JOSEObjectType("secevent+jwt")));
        tokens.put(FIVE_PARTS, genuine + ".AAAA.BBBB");
        return tokens;
    }

    private static String hmacSigned(ECKey own, JWTClaimsSet claims) {
        try {
            byte[] secret = own.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .type(JOSEObjectType.JWT)
                            .keyID(own.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String signedWithType(ECKey key, JWTClaimsSet claims, JOSEObjectType type) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.ES256)
                            .type(type)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}

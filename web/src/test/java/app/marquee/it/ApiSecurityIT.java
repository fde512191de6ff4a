package app.marquee.it;

import static app.marquee.it.ApiClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import app.marquee.web.security.IssueToken;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JSON API's bearer-token security, from outside the server: public reads and ping, the secured
 * ping, every way a token or Authorization header is refused (each told apart in the problem and in
 * WWW-Authenticate), the editor group for writes, tokens of the application's own issuer and of an
 * external one configured the MicroProfile JWT way, and that no refused request changes anything.
 */
@ExtendWith(ArquillianExtension.class)
class ApiSecurityIT {

    private static final String NEW_MOVIE = "{\"title\":\"Heat\",\"releaseDate\":\"1995-12-15\"}";

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        // Before the server starts: no own key yet (the application must generate it), and the
        // external provider's public keys where mp.jwt.verify.publickey.location points.
        Files.deleteIfExists(TestTokens.ownKeyFile());
        TestTokens.publishExternalJwks();
        return Deployments.marquee(CatalogFixture.class, CatalogSupportServlet.class);
    }

    @ArquillianResource
    URL base;

    ApiClient api;

    @BeforeEach
    void resetCatalogue() {
        api = new ApiClient(base);
        api.resetCatalog();
    }

    @Test
    void publicPingAndReadsNeedNoToken() {
        assertThat(api.get("api/ping").assertStatus(200).contentType()).startsWith("application/json");
        assertThat(api.get("api/ping").json().string("message")).contains("don't need to be authenticated");
        api.get("api/movies").assertStatus(200);
        api.get("api/actors/" + api.actorId("Matt Damon")).assertStatus(200);
    }

    @Test
    void securedPingNeedsAValidTokenButNoGroup() {
        assertRefusal(api.anonymous().get("api/secured/ping"), 401, "token-missing", null);

        ApiReply ping = api.as(TestTokens.reader()).get("api/secured/ping");
        ping.assertStatus(200);
        assertThat(ping.contentType()).startsWith("application/json");
        assertThat(ping.json().string("subject")).isEqualTo("rita");
        assertThat(ping.json().string("issuer")).isEqualTo(TestTokens.OWN_ISSUER);
        assertThat(ping.json().list("groups")).containsExactly("viewer");
        assertThat(ping.json().string("message")).contains("only get this message if you're authenticated");
    }

    @Test
    void ownSigningKeyIsGeneratedOnFirstStartAndReadableOnlyByItsOwner() throws Exception {
        assertThat(TestTokens.ownKeyFile()).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(TestTokens.ownKeyFile())))
                .isEqualTo("rw-------");
        api.as(TestTokens.editor()).json(NEW_MOVIE).post("api/movies").assertStatus(201);
    }

    @Test
    void tokenPrintedByTheIssueTokenCommandIsAcceptedForWrites() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = IssueToken.run(
                new String[] {
                    "--subject",
                    "carol",
                    "--group",
                    "editor",
                    "--lifetime",
                    "5m",
                    "--key",
                    TestTokens.ownKeyFile().toString()
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(status).isZero();
        String token = out.toString(StandardCharsets.UTF_8).strip();

        assertThat(api.as(token).get("api/secured/ping").json().string("subject"))
                .isEqualTo("carol");
        api.as(token).json(NEW_MOVIE).post("api/movies").assertStatus(201);
        assertThat(api.counts()).containsEntry("movies", 4);
    }

    @Test
    void acceptsAnEditorTokenOfTheExternalIssuer() {
        String token = TestTokens.sign(
                TestTokens.externalKey(),
                TestTokens.claims(TestTokens.EXTERNAL_ISSUER, TestTokens.EXTERNAL_AUDIENCE, List.of("editor"))
                        .subject("auth0|dave")
                        .build());

        ApiReply ping = api.as(token).get("api/secured/ping");
        ping.assertStatus(200);
        assertThat(ping.json().string("issuer")).isEqualTo(TestTokens.EXTERNAL_ISSUER);
        assertThat(ping.json().string("subject")).isEqualTo("auth0|dave");

        api.as(token).json(NEW_MOVIE).post("api/movies").assertStatus(201);
        assertThat(api.counts()).containsEntry("movies", 4);
    }

    @Test
    void refusesAWriteWithoutAuthorizationHeader() {
        assertWriteRefused(null, 401, "token-missing", null);
    }

    @Test
    void refusesAnotherScheme() {
        ApiReply response = assertWriteRefused(
                "Basic " + Base64.getEncoder().encodeToString("alice:secret".getBytes(StandardCharsets.UTF_8)),
                401,
                "not-bearer",
                "invalid_request");
        assertThat(response.json().string("detail")).contains("'Basic'");
    }

    @Test
    void refusesBearerWithoutToken() {
        assertWriteRefused("Bearer", 401, "bearer-token-missing", "invalid_request");
        assertWriteRefused("Bearer   ", 401, "bearer-token-missing", "invalid_request");
    }

    @Test
    void refusesBearerWithMoreThanOneToken() {
        assertWriteRefused(
                "Bearer " + TestTokens.editor() + " " + TestTokens.editor(),
                401,
                "authorization-malformed",
                "invalid_request");
    }

    @Test
    void refusesThreePartGarbageAndOtherNonJwts() {
        assertWriteRefused("Bearer abc.def.ghi", 401, "token-malformed", "invalid_token");
        assertWriteRefused("Bearer not-a-jwt", 401, "token-malformed", "invalid_token");
        assertWriteRefused("Bearer " + TestTokens.editor() + ".extra", 401, "token-malformed", "invalid_token");
    }

    @Test
    void refusesUnsignedAndHmacTokens() throws JOSEException {
        JWTClaimsSet claims = ownClaims().build();
        assertWriteRefused("Bearer " + new PlainJWT(claims).serialize(), 401, "token-unsupported", "invalid_token");

        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        hmac.sign(new MACSigner("a shared secret of at least thirty-two bytes"));
        assertWriteRefused("Bearer " + hmac.serialize(), 401, "token-unsupported", "invalid_token");
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        // Same key id as the application's key, so the signature itself is what fails.
        ECKey impostor = TestTokens.generateEc(TestTokens.ownKey().getKeyID());
        assertWriteRefused(
                "Bearer " + TestTokens.sign(impostor, ownClaims().build()), 401, "token-signature", "invalid_token");
        // A key id nobody knows.
        assertWriteRefused(
                "Bearer "
                        + TestTokens.sign(
                                TestTokens.generateRsa("unknown"), ownClaims().build()),
                401,
                "token-signature",
                "invalid_token");
    }

    @Test
    void refusesATokenAlteredAfterSigning() {
        String[] parts = TestTokens.reader().split("\\.");
        String forgedClaims = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(ownClaims().build().toString().getBytes(StandardCharsets.UTF_8));
        assertWriteRefused(
                "Bearer " + parts[0] + "." + forgedClaims + "." + parts[2], 401, "token-signature", "invalid_token");
    }

    @Test
    void refusesAnExpiredToken() {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        String token = TestTokens.sign(
                TestTokens.ownKey(),
                ownClaims()
                        .issueTime(Date.from(past))
                        .expirationTime(Date.from(past.plus(Duration.ofMinutes(5))))
                        .build());
        ApiReply response = assertWriteRefused("Bearer " + token, 401, "token-expired", "invalid_token");
        assertThat(response.json().string("detail")).startsWith("The token expired at ");
    }

    @Test
    void refusesATokenNotValidYetOrWithoutExpiry() {
        Instant later = Instant.now().plus(Duration.ofHours(1));
        assertWriteRefused(
                "Bearer "
                        + TestTokens.sign(
                                TestTokens.ownKey(),
                                ownClaims().notBeforeTime(Date.from(later)).build()),
                401,
                "token-not-yet-valid",
                "invalid_token");
        assertWriteRefused(
                "Bearer "
                        + TestTokens.sign(
                                TestTokens.ownKey(),
                                ownClaims().expirationTime(null).build()),
                401,
                "token-incomplete",
                "invalid_token");
    }

    @Test
    void refusesAWrongIssuer() {
        assertWriteRefused(
                "Bearer "
                        + TestTokens.sign(
                                TestTokens.ownKey(),
                                ownClaims().issuer("https://evil.example/").build()),
                401,
                "token-issuer",
                "invalid_token");
        // The external provider's key vouches only for the external issuer.
        assertWriteRefused(
                "Bearer "
                        + TestTokens.sign(
                                TestTokens.externalKey(),
                                TestTokens.claims(
                                                TestTokens.OWN_ISSUER, TestTokens.EXTERNAL_AUDIENCE, List.of("editor"))
                                        .build()),
                401,
                "token-issuer",
                "invalid_token");
    }

    @Test
    void refusesAWrongAudience() {
        assertWriteRefused(
                "Bearer "
                        + TestTokens.sign(
                                TestTokens.ownKey(),
                                ownClaims().audience("another-api").build()),
                401,
                "token-audience",
                "invalid_token");
        assertWriteRefused(
                "Bearer "
                        + TestTokens.sign(
                                TestTokens.externalKey(),
                                TestTokens.claims(TestTokens.EXTERNAL_ISSUER, "another-api", List.of("editor"))
                                        .build()),
                401,
                "token-audience",
                "invalid_token");
    }

    @Test
    void forbidsAValidTokenWithoutTheEditorGroup() {
        ApiReply response =
                assertWriteRefused("Bearer " + TestTokens.reader(), 403, "role-missing", "insufficient_scope");
        assertThat(response.header("WWW-Authenticate")).contains("scope=\"editor\"");
        assertWriteRefused(
                "Bearer "
                        + TestTokens.sign(
                                TestTokens.externalKey(),
                                TestTokens.claims(TestTokens.EXTERNAL_ISSUER, TestTokens.EXTERNAL_AUDIENCE, List.of())
                                        .build()),
                403,
                "role-missing",
                "insufficient_scope");
    }

    @Test
    void everyWriteEndpointRefusesNoTokenAndATokenWithoutTheGroupAndChangesNothing() {
        long furious = api.movieId("Furious 7");
        long dwayne = api.actorId("Dwayne Johnson");
        long matt = api.actorId("Matt Damon");
        long contact = api.get("api/actors/" + dwayne + "/contacts").json().longValue("[0].id");
        List<String[]> writes = List.of(
                new String[] {"POST", "api/movies", NEW_MOVIE},
                new String[] {"PUT", "api/movies/" + furious, "{\"title\":\"Changed\",\"version\":0}"},
                new String[] {"DELETE", "api/movies/" + furious, null},
                new String[] {"PUT", "api/movies/" + furious + "/actors/" + matt, null},
                new String[] {"DELETE", "api/movies/" + furious + "/actors/" + dwayne, null},
                new String[] {"POST", "api/actors", "{\"name\":\"Val Kilmer\"}"},
                new String[] {"PUT", "api/actors/" + dwayne, "{\"name\":\"Changed\",\"version\":0}"},
                new String[] {"DELETE", "api/actors/" + dwayne, null},
                new String[] {"POST", "api/actors/" + dwayne + "/contacts", "{\"phoneNumber\":\"1\",\"address\":\"x\"}"
                },
                new String[] {
                    "PUT", "api/actors/" + dwayne + "/contacts/" + contact, "{\"phoneNumber\":\"1\",\"address\":\"x\"}"
                },
                new String[] {"DELETE", "api/actors/" + dwayne + "/contacts/" + contact, null},
                new String[] {"PUT", "api/actors/" + dwayne + "/stuntman", "{\"name\":\"X\",\"active\":false}"},
                new String[] {"DELETE", "api/actors/" + dwayne + "/stuntman", null});
        String before = api.snapshot();
        for (String[] write : writes) {
            ApiReply anonymous = send(api.anonymous(), write);
            assertThat(anonymous.status())
                    .as("%s %s without a token", write[0], write[1])
                    .isEqualTo(401);
            assertRefusal(anonymous, 401, "token-missing", null);
            ApiReply reader = send(api.as(TestTokens.reader()), write);
            assertThat(reader.status())
                    .as("%s %s without the editor group", write[0], write[1])
                    .isEqualTo(403);
        }
        assertThat(api.snapshot()).isEqualTo(before);

        // The same requests go through with an editor's token (the last ones find their targets gone: 404).
        for (String[] write : writes) {
            int status = send(api.as(TestTokens.editor()), write).status();
            assertThat(status).as("%s %s as an editor", write[0], write[1]).isIn(200, 201, 204, 404);
        }
        assertThat(api.snapshot()).isNotEqualTo(before);
    }

    @Test
    void openApiDocumentDescribesTheApiAndNotThePages() {
        URI root = URI.create(base.toExternalForm()).resolve("/openapi");
        // A client that asks for nothing in particular.
        ApiReply document = api.request().header("Accept", "*/*").get(root.toString());
        document.assertStatus(200);
        String yaml = document.body();
        assertThat(yaml)
                .contains(
                        "title: Marquee API",
                        "/api/movies",
                        "/api/movies/{id}/actors/{actorId}",
                        "/api/actors/{id}/contacts/{contactId}",
                        "/api/actors/{id}/stuntman",
                        "/api/secured/ping",
                        "scheme: bearer",
                        "operationId: createMovie",
                        "operationId: saveStuntman");
        // Only the API is scanned: every path of the document is under api/ (the pages' /movies is not).
        List<String> pathKeys = yaml.substring(yaml.indexOf("\npaths:\n") + "\npaths:\n".length())
                .lines()
                .takeWhile(line -> line.startsWith(" "))
                .filter(line -> line.matches("  /.*:"))
                .toList();
        assertThat(pathKeys).hasSizeGreaterThanOrEqualTo(10).allMatch(line -> line.contains("/api/"));
    }

    private static JWTClaimsSet.Builder ownClaims() {
        return TestTokens.claims(TestTokens.OWN_ISSUER, TestTokens.OWN_AUDIENCE, List.of("editor"));
    }

    /** POSTs a new movie with this Authorization header (none if null); asserts the refusal and no change. */
    private ApiReply assertWriteRefused(String authorization, int status, String type, String bearerError) {
        String before = api.snapshot();
        ApiClient.Request request = api.anonymous().json(NEW_MOVIE);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        ApiReply response = request.post("api/movies");
        assertRefusal(response, status, type, bearerError);
        assertThat(api.snapshot()).isEqualTo(before);
        return response;
    }

    private static void assertRefusal(ApiReply response, int status, String type, String bearerError) {
        assertProblem(response, status);
        assertThat(response.json().string("type")).isEqualTo("urn:marquee:problem:" + type);
        String challenge = response.header("WWW-Authenticate");
        assertThat(challenge).startsWith("Bearer realm=\"marquee\"");
        if (bearerError == null) {
            assertThat(challenge).doesNotContain("error=");
        } else {
            assertThat(challenge).contains("error=\"" + bearerError + "\"", "error_description=\"");
        }
    }

    private ApiReply send(ApiClient.Request request, String[] write) {
        if (write[2] != null) {
            request.json(write[2]);
        }
        return request.send(write[0], write[1]);
    }
}

package app.marquee.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The accounts the container tests sign in with. The admin is the installation's first admin, which
 * Marquee creates at start from MARQUEE_ADMIN_USER / MARQUEE_ADMIN_PASSWORD (failsafe sets them, see
 * web/pom.xml); the editor is made sure of through {@link AccountSupportServlet}.
 */
final class TestAccounts {

    static final String ADMIN = "it-admin";
    static final String ADMIN_PASSWORD = System.getProperty("test.admin.password", "admin password of the tests");
    static final String EDITOR = "it-editor";
    static final String EDITOR_PASSWORD = "editor password of the tests";

    private TestAccounts() {}

    /** Makes sure the test editor exists, is enabled and has its password. */
    static void ensureEditor(URL base) {
        ensure(base, EDITOR, EDITOR_PASSWORD, "editor");
    }

    static void ensure(URL base, String username, String password, String role) {
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&role=" + encode(role);
        try {
            HttpResponse<String> response = Http.client()
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(root(base) + "it/accounts"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .timeout(Duration.ofSeconds(60))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 204) {
                throw new IllegalStateException("Could not prepare account " + username + ": " + response.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String root(URL base) {
        return base.toString().endsWith("/") ? base.toString() : base + "/";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

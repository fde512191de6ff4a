package app.marquee.it;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * A minimal browser for container tests: one session (cookies kept), no automatic redirects, and
 * form submission that sends what a browser would (the form's own fields, CSRF token included,
 * with the test's changes applied).
 */
final class PageClient {

    private final URI base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    PageClient(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.http = Http.client().cookieHandler(cookies).build();
    }

    /** A client signed in as the test editor (made sure of first), as every test of a form needs. */
    static PageClient signedInEditor(URL base) {
        TestAccounts.ensureEditor(base);
        PageClient client = new PageClient(base);
        client.signIn(TestAccounts.EDITOR, TestAccounts.EDITOR_PASSWORD);
        return client;
    }

    /** A client signed in as the installation's first admin. */
    static PageClient signedInAdmin(URL base) {
        PageClient client = new PageClient(base);
        client.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        return client;
    }

    /** Signs in through the sign-in page, as a person would; fails the test if that does not work. */
    Reply signIn(String username, String password) {
        Reply form = get("signin");
        Reply done =
                submit(form, "#signin-form", f -> f.set("username", username).set("password", password));
        if (done.status() != 303) {
            throw new AssertionError(
                    "Signing in as " + username + " failed: " + done.status() + " " + done.text(".alert"));
        }
        return done;
    }

    /** Gives this client a cookie, as a browser keeps one from an earlier visit. */
    void keepCookie(String name, String value) {
        java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    /** The value of a cookie this client holds, or null. */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** A page by its path relative to the application root (e.g. "movies?q=x") or its absolute address. */
    Reply get(String path) {
        URI uri = path.startsWith("http:") || path.startsWith("https:") ? URI.create(path) : resolve(path);
        return send(HttpRequest.newBuilder(uri).GET());
    }

    /** Follows a redirect the way a browser does after a form POST: a GET of its Location. */
    Reply follow(Reply redirect) {
        if (redirect.location() == null) {
            throw new AssertionError("Not a redirect: " + redirect.status());
        }
        return send(HttpRequest.newBuilder(URI.create(redirect.location())).GET());
    }

    /** Posts raw fields (for requests no page of the application would send, such as a missing token). */
    Reply post(String path, List<Map.Entry<String, String>> fields) {
        return postTo(resolve(path), fields);
    }

    /** Posts a form body exactly as given, for bodies no browser would send. */
    Reply postBody(String path, String body) {
        return postBody(path, "application/x-www-form-urlencoded", body);
    }

    /** Posts a body of this type, with the session's CSRF token in the header (as scripts may send it). */
    Reply postBody(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1)));
    }

    /**
     * Submits the form {@code selector} picks on {@code page}, as a browser would with the button of
     * the form that is its default, after {@code change} edits the fields.
     */
    Reply submit(Reply page, String selector, Consumer<Fields> change) {
        Element element = page.doc().selectFirst(selector);
        if (!(element instanceof FormElement form)) {
            throw new AssertionError("No form " + selector + " on " + page.uri());
        }
        Fields fields = new Fields();
        form.formData().forEach(kv -> fields.add(kv.key(), kv.value()));
        change.accept(fields);
        String action = form.attr("action");
        return postTo(page.uri().resolve(action), fields.list);
    }

    private Reply postTo(URI uri, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private Reply send(HttpRequest.Builder request) {
        HttpResponse<String> response =
                Http.send(http, request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        URI uri = response.uri();
        String location = response.headers()
                .firstValue("Location")
                .map(l -> uri.resolve(l).toString())
                .orElse(null);
        return new Reply(
                response.statusCode(),
                uri,
                location,
                response.headers().firstValue("Content-Type").orElse(""),
                response.body(),
                Jsoup.parse(response.body(), uri.toString()),
                response.headers());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** One answer: status, where it came from, where it redirects, and the parsed page. */
    record Reply(
            int status,
            URI uri,
            String location,
            String contentType,
            String body,
            Document doc,
            java.net.http.HttpHeaders headers) {

        /** The first value of a response header, or null. */
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The text of the first element {@code selector} picks, or null. */
        String text(String selector) {
            Element element = doc.selectFirst(selector);
            return element == null ? null : element.text();
        }

        List<String> texts(String selector) {
            return doc.select(selector).eachText();
        }

        String flash() {
            return text(".flash");
        }

        /** The message shown beside a form field, or null when it has none. */
        String fieldError(String field) {
            return text("#" + field + "-error");
        }

        String value(String inputSelector) {
            Element input = doc.selectFirst(inputSelector);
            return input == null ? null : input.val();
        }

        /** The application-relative path a redirect points to, e.g. "/movies/7". */
        String redirectPath(URI base) {
            return "/" + base.relativize(URI.create(location)).toString();
        }
    }

    /** The fields of a form being submitted, in order; names may repeat (checkboxes). */
    static final class Fields {

        private final List<Map.Entry<String, String>> list = new ArrayList<>();

        Fields add(String name, String value) {
            list.add(Map.entry(name, value));
            return this;
        }

        /** Replaces every value of {@code name} with this one. */
        Fields set(String name, String value) {
            remove(name);
            return add(name, value);
        }

        Fields remove(String name) {
            list.removeIf(e -> e.getKey().equals(name));
            return this;
        }

        Fields remove(String name, String value) {
            list.removeIf(e -> e.getKey().equals(name) && e.getValue().equals(value));
            return this;
        }

        List<String> values(String name) {
            return list.stream()
                    .filter(e -> e.getKey().equals(name))
                    .map(Map.Entry::getValue)
                    .toList();
        }
    }
}

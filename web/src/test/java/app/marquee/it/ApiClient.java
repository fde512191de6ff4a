package app.marquee.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.List;
import java.util.Map;

/**
 * The JSON API as a client sees it, at the URL Arquillian deployed the application to (its context
 * path is not "/" under test), with the test-only reset and row counts of {@link CatalogSupportServlet}.
 */
final class ApiClient {

    private final String base;

    ApiClient(URL deployment) {
        String url = deployment.toExternalForm();
        this.base = url.endsWith("/") ? url : url + "/";
    }

    String url(String path) {
        return base + path;
    }

    /**
     * A Location header resolved against the deployment, as a client does; the application sends
     * paths of its own site, never an absolute URL built from the request's Host header.
     */
    String resolve(String location) {
        assertThat(location).as("Location is a path on this site").startsWith("/");
        return java.net.URI.create(base).resolve(location).toString();
    }

    /** A request without credentials. */
    RequestSpecification anonymous() {
        return given().accept(ContentType.JSON);
    }

    /** A request with {@code Authorization: Bearer <token>}. */
    RequestSpecification as(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    Response get(String path) {
        return anonymous().get(url(path));
    }

    void resetCatalog() {
        given().post(url("it/catalog/reset")).then().statusCode(204);
    }

    Map<String, Integer> counts() {
        return given().get(url("it/catalog/counts"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    /** Everything the API shows of the catalogue, to compare before and after a refused request. */
    String snapshot() {
        return get("api/movies?size=100").then().statusCode(200).extract().asString()
                + get("api/actors?size=100").then().statusCode(200).extract().asString()
                + counts();
    }

    long movieId(String title) {
        List<Integer> ids =
                get("api/movies?size=100").jsonPath().getList("items.findAll { it.title == '" + title + "' }.id");
        assertThat(ids).as("movies titled %s", title).hasSize(1);
        return ids.get(0);
    }

    long actorId(String name) {
        List<Integer> ids =
                get("api/actors?size=100").jsonPath().getList("items.findAll { it.name == '" + name + "' }.id");
        assertThat(ids).as("actors named %s", name).hasSize(1);
        return ids.get(0);
    }

    /**
     * Asserts an RFC 9457 problem answer with this status, and that it gives nothing away: no
     * exception names or stack frames. Returns it for further checks.
     */
    static Response assertProblem(Response response, int status) {
        assertThat(response.statusCode())
                .as("status of %s", response.asString())
                .isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var json = response.jsonPath();
        assertThat(json.getInt("status")).isEqualTo(status);
        assertThat(json.getString("type")).isNotBlank();
        assertThat(json.getString("title")).isNotBlank();
        assertThat(json.getString("detail")).isNotBlank();
        assertThat(response.asString()).doesNotContain("Exception", "\tat ", "org.glassfish", "yasson", "parsson");
        return response;
    }
}

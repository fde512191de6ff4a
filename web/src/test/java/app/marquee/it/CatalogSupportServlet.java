package app.marquee.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets client-side tests (which run outside the server) reset the catalogue ({@code POST it/catalog/reset}),
 * count rows ({@code GET it/catalog/counts}) and take a fingerprint of every table's content
 * ({@code GET it/catalog/fingerprint}: per table its row count and a hash of its rows in key order).
 * Part of the test deployment only, never of the application's WAR. A plain servlet, not a page of
 * the application, so no sign-in guards it.
 */
@WebServlet("/it/catalog/*")
public class CatalogSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CatalogFixture fixture;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/reset".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        fixture.resetToSampleCatalog();
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** The number of rows in each table, or their fingerprint, to show that a refused request changed nothing. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObjectBuilder answer = Json.createObjectBuilder();
        if ("/counts".equals(request.getPathInfo())) {
            for (String table : new String[] {"movies", "actors", "movies_actors", "contact_details", "stuntmen"}) {
                answer.add(table, fixture.count(table));
            }
        } else if ("/fingerprint".equals(request.getPathInfo())) {
            fixture.fingerprint()
                    .forEach((table, print) -> answer.add(
                            table,
                            Json.createObjectBuilder().add("rows", print.rows()).add("hash", print.hash())));
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/json");
        response.getWriter().write(answer.build().toString());
    }
}

package app.marquee.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lets client-side tests (which run outside the server) reset the catalogue and count rows. It is
 * part of the test deployment only, never of the application's WAR.
 */
@RequestScoped
@Path("it/catalog")
public class CatalogSupportResource {

    @Inject
    CatalogFixture fixture;

    @POST
    @Path("reset")
    public void reset() {
        fixture.resetToSampleCatalog();
    }

    /** The number of rows in each table, to show that a refused request changed nothing. */
    @GET
    @Path("counts")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : new String[] {"movies", "actors", "movies_actors", "contact_details", "stuntmen"}) {
            counts.put(table, fixture.count(table));
        }
        return counts;
    }
}

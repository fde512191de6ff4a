package app.marquee.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Test support deployed only with the browser tests (never in the real WAR): lets a test running
 * outside the container put the catalogue back to the sample data before each journey.
 */
@RequestScoped
@Path("test-support/catalog/reset")
public class CatalogResetResource {

    @Inject
    CatalogFixture fixture;

    @POST
    public Response reset() {
        fixture.resetToSampleCatalog();
        return Response.noContent().build();
    }
}

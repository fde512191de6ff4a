package app.marquee.web.api;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The OpenAPI document's header, served by the container at {@code /openapi}. Only this package is
 * scanned ({@code mp.openapi.scan.packages} in microprofile-config.properties), so the HTML pages'
 * controllers stay out of it.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Marquee API",
                        version = "1",
                        description = "The movie and actor catalogue as JSON. Reads are public; writes need"
                                + " 'Authorization: Bearer <JWT>' with the group 'editor'. Errors are application/problem+json"
                                + " (RFC 9457)."))
@SecurityScheme(
        securitySchemeName = ApiDefinition.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "A JWT from the application's own issuer (see README) or the" + " configured identity provider")
public final class ApiDefinition {

    static final String BEARER = "bearer";

    private ApiDefinition() {}
}

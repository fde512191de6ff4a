package app.marquee.web.api;

import app.marquee.web.i18n.Languages;
import app.marquee.web.i18n.Texts;
import app.marquee.web.security.VerifiedToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tutorial's two endpoints: a public ping, and one only a valid token gets through to. */
@RequestScoped
@Path("api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ping", description = "Is the API up, and is my token accepted?")
public class PingResource {

    @GET
    @Path("ping")
    @Operation(summary = "Answers without a token")
    public Ping ping(@Context HttpHeaders headers) {
        Locale locale = Languages.firstSupported(headers.getAcceptableLanguages());
        return new Ping(Texts.get(locale, "ping.public"));
    }

    @GET
    @Path("secured/ping")
    @Operation(summary = "Answers only with a valid bearer token, and says whose it is")
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @APIResponse(responseCode = "200", description = "The token is valid")
    @APIResponse(responseCode = "401", description = "No token, or one that is not valid (the problem says why)")
    public SecuredPing securedPing(@Context SecurityContext security, @Context HttpHeaders headers) {
        // The bearer-token filter has put the verified token in the security context.
        VerifiedToken token = (VerifiedToken) security.getUserPrincipal();
        Locale locale = Languages.firstSupported(headers.getAcceptableLanguages());
        return new SecuredPing(
                Texts.get(locale, "ping.secured"),
                token.subject(),
                token.issuer(),
                token.groups().stream().sorted().toList(),
                token.expiresAt().toString());
    }

    /** The public ping's answer. */
    public record Ping(String message) {}

    /** The secured ping's answer: who the token says the caller is. */
    @JsonbPropertyOrder({"message", "subject", "issuer", "groups", "expiresAt"})
    public record SecuredPing(String message, String subject, String issuer, List<String> groups, String expiresAt) {}
}

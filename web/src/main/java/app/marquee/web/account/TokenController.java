package app.marquee.web.account;

import app.marquee.account.Account;
import app.marquee.account.ApiToken;
import app.marquee.account.ApiTokenRepository;
import app.marquee.text.Text;
import app.marquee.web.i18n.PageTexts;
import app.marquee.web.pages.FieldErrors;
import app.marquee.web.pages.FlashMessages;
import app.marquee.web.pages.Ids;
import app.marquee.web.pages.Views;
import app.marquee.web.security.PersonalTokens;
import app.marquee.web.signin.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in person's personal API tokens: create one with a name and a lifetime (its text is shown
 * once, on the page that answers the creation, and never stored), see them all, revoke one.
 */
@Controller
@RequestScoped
@Path("account/tokens")
public class TokenController {

    /** A lifetime the form offers: its form value, its label and its length. */
    public record Lifetime(String value, String label, Duration duration) {}

    static final List<Lifetime> LIFETIMES = List.of(
            new Lifetime("1d", "1 day", Duration.ofDays(1)),
            new Lifetime("7d", "7 days", Duration.ofDays(7)),
            new Lifetime("30d", "30 days", Duration.ofDays(30)),
            new Lifetime("90d", "90 days", Duration.ofDays(90)),
            new Lifetime("365d", "1 year", Duration.ofDays(365)));

    @Inject
    CurrentAccount me;

    @Inject
    ApiTokenRepository tokens;

    @Inject
    PersonalTokens personalTokens;

    @Inject
    FlashMessages flash;

    @Inject
    PageTexts texts;

    @Inject
    Models models;

    @Context
    HttpServletResponse response;

    @GET
    public Response list() {
        return page(Status.OK, me.get(), "", "30d", FieldErrors.none(), null);
    }

    @POST
    public Response create(@FormParam("name") String name, @FormParam("lifetime") String lifetime) {
        Account account = me.get();
        String given = name == null ? "" : Text.normalize(name);
        FieldErrors errors = FieldErrors.none();
        errors.validate(texts.validator(), ApiToken.class, "name", given, "name");
        Optional<Lifetime> chosen =
                LIFETIMES.stream().filter(l -> l.value().equals(lifetime)).findFirst();
        if (chosen.isEmpty()) {
            errors.add("lifetime", texts.text("token.lifetime.choose"));
        }
        if (!personalTokens.available()) {
            errors.add("name", texts.text("token.unavailable"));
        }
        if (!errors.isEmpty()) {
            return page(Status.BAD_REQUEST, account, given, lifetime, errors, null);
        }
        PersonalTokens.Created created =
                personalTokens.create(account, given, chosen.get().duration());
        // Shown once, on this answer to the POST; a reload asks the browser to post again, not to show it.
        return page(Status.CREATED, account, "", "30d", FieldErrors.none(), created);
    }

    @POST
    @Path("{id}/revoke")
    public Response revoke(@PathParam("id") String id) {
        ApiToken token = tokens.revoke(me.get().getId(), Ids.parse(id), Instant.now());
        flash.setMessage(texts.text("token.revoked", token.getName()));
        return Views.redirect("/account/tokens");
    }

    private Response page(
            Status status,
            Account account,
            String name,
            String lifetime,
            FieldErrors errors,
            PersonalTokens.Created created) {
        models.put("account", account);
        models.put("tokens", tokens.ofAccount(account.getId()));
        models.put("now", Instant.now());
        models.put("name", name);
        models.put("lifetime", lifetime);
        models.put("lifetimes", LIFETIMES);
        models.put("errors", errors);
        models.put("created", created);
        models.put("available", personalTokens.available());
        return Views.render(response, status, "account/tokens.html");
    }
}

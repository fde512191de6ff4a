package app.marquee.web.account;

import app.marquee.account.Account;
import app.marquee.account.AccountRepository;
import app.marquee.web.i18n.PageTexts;
import app.marquee.web.pages.FieldErrors;
import app.marquee.web.pages.FlashMessages;
import app.marquee.web.pages.Views;
import app.marquee.web.signin.AccountChanges;
import app.marquee.web.signin.CurrentAccount;
import app.marquee.web.signin.DemoPasswords;
import app.marquee.web.signin.PageAccess;
import app.marquee.web.signin.PasswordPolicy;
import app.marquee.web.signin.Passwords;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/**
 * The signed-in person's own account: who they are, and changing their password (which needs the
 * current one). Changing it ends every other session of the account; this one stays signed in.
 */
@Controller
@RequestScoped
@Path("account")
public class AccountController {

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentAccount me;

    @Inject
    Passwords passwords;

    @Inject
    AccountChanges changes;

    @Inject
    DemoPasswords demoPasswords;

    @Inject
    FlashMessages flash;

    @Inject
    PageTexts texts;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    public Response show() {
        return page(Status.OK, FieldErrors.none());
    }

    @POST
    @Path("password")
    public Response changePassword(
            @FormParam("currentPassword") String current,
            @FormParam("newPassword") String newPassword,
            @FormParam("repeatPassword") String repeat) {
        Account account = me.get();
        FieldErrors errors = FieldErrors.none();
        if (current == null
                || current.isEmpty()
                || current.length() > PasswordPolicy.MAX_LENGTH
                || !passwords.matches(current, account.getPasswordHash())) {
            errors.add("currentPassword", texts.text("account.password.notCurrent"));
        }
        PasswordPolicy.problem(newPassword, account.getUsername(), texts.locale())
                .ifPresent(p -> errors.add("newPassword", p));
        if (!errors.has("newPassword") && !newPassword.equals(repeat)) {
            errors.add("repeatPassword", texts.text("account.password.mismatch"));
        }
        if (!errors.isEmpty()) {
            return page(Status.BAD_REQUEST, errors);
        }
        accounts.changePassword(account.getId(), passwords.hash(newPassword));
        // Other sessions of this account end; this one carries on from the moment of the change.
        request.getSession().setAttribute(PageAccess.SIGNED_IN_AT, changes.changed(account.getUsername()));
        demoPasswords.refresh();
        flash.setMessage(texts.text("account.password.changed"));
        return Views.redirect("/account");
    }

    private Response page(Status status, FieldErrors errors) {
        models.put("account", me.get());
        models.put("errors", errors);
        models.put("minLength", PasswordPolicy.MIN_LENGTH);
        return Views.render(response, status, "account/show.html");
    }
}

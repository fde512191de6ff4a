package app.marquee.web.admin;

import app.marquee.account.Account;
import app.marquee.account.AccountNameTakenException;
import app.marquee.account.AccountRepository;
import app.marquee.account.LastAdminException;
import app.marquee.account.Role;
import app.marquee.web.i18n.PageTexts;
import app.marquee.web.pages.FieldErrors;
import app.marquee.web.pages.FlashMessages;
import app.marquee.web.pages.Ids;
import app.marquee.web.pages.Views;
import app.marquee.web.signin.AccountChanges;
import app.marquee.web.signin.DemoPasswords;
import app.marquee.web.signin.PasswordPolicy;
import app.marquee.web.signin.Passwords;
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
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /admin/accounts}: the accounts with their role, status and last sign-in; creating one with an
 * initial password; and, per account, changing its role, disabling or enabling it and resetting its
 * password. The last enabled admin can be neither demoted nor disabled. Every change that takes rights
 * away (or replaces the password) ends that account's sessions at their next request.
 */
@Controller
@RequestScoped
@Path("admin/accounts")
public class AccountAdminController {

    @Inject
    AccountRepository accounts;

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
    HttpServletResponse response;

    @GET
    public Response list() {
        return listPage(Status.OK, "", Role.EDITOR.group(), FieldErrors.none());
    }

    @POST
    public Response create(
            @FormParam("username") String username,
            @FormParam("role") String role,
            @FormParam("password") String password) {
        String name = username == null ? "" : Account.normalize(username);
        FieldErrors errors = FieldErrors.none();
        errors.validate(texts.validator(), Account.class, "username", name, "username");
        Optional<Role> level = Role.ofGroup(role);
        if (level.isEmpty()) {
            errors.add("role", texts.text("admin.role.choose"));
        }
        PasswordPolicy.problem(password, name, texts.locale()).ifPresent(p -> errors.add("password", p));
        if (errors.isEmpty()) {
            try {
                Account created = accounts.create(name, passwords.hash(password), level.get(), false, Instant.now());
                flash.setMessage(texts.text("admin.created", created.getUsername(), role(created.getLevel())));
                return Views.redirect("/admin/accounts");
            } catch (AccountNameTakenException e) {
                errors.add("username", texts.text("admin.nameTaken"));
            }
        }
        return listPage(Status.BAD_REQUEST, name, role, errors);
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") String id) {
        return accountPage(Status.OK, accounts.get(Ids.parse(id)), FieldErrors.none(), null);
    }

    @POST
    @Path("{id}/role")
    public Response changeRole(@PathParam("id") String id, @FormParam("role") String role) {
        long accountId = Ids.parse(id);
        Optional<Role> level = Role.ofGroup(role);
        if (level.isEmpty()) {
            return accountPage(
                    Status.BAD_REQUEST,
                    accounts.get(accountId),
                    FieldErrors.none().add("role", texts.text("admin.role.choose")),
                    null);
        }
        try {
            Account account = accounts.changeLevel(accountId, level.get());
            changes.changed(account.getUsername());
            flash.setMessage(texts.text("admin.roleChanged", account.getUsername(), role(account.getLevel())));
            return Views.redirect("/admin/accounts/" + accountId);
        } catch (LastAdminException e) {
            return accountPage(
                    Status.CONFLICT, accounts.get(accountId), FieldErrors.none(), texts.text("admin.lastAdmin.role"));
        }
    }

    @POST
    @Path("{id}/status")
    public Response changeStatus(@PathParam("id") String id, @FormParam("enabled") String enabled) {
        long accountId = Ids.parse(id);
        if (!"true".equals(enabled) && !"false".equals(enabled)) {
            return accountPage(
                    Status.BAD_REQUEST, accounts.get(accountId), FieldErrors.none(), texts.text("admin.status.choose"));
        }
        try {
            Account account = accounts.setEnabled(accountId, Boolean.parseBoolean(enabled));
            changes.changed(account.getUsername());
            demoPasswords.refresh();
            flash.setMessage(
                    account.isEnabled()
                            ? texts.text("admin.enabled", account.getUsername())
                            : texts.text("admin.disabled", account.getUsername()));
            return Views.redirect("/admin/accounts/" + accountId);
        } catch (LastAdminException e) {
            return accountPage(
                    Status.CONFLICT, accounts.get(accountId), FieldErrors.none(), texts.text("admin.lastAdmin.status"));
        }
    }

    @POST
    @Path("{id}/password")
    public Response resetPassword(@PathParam("id") String id, @FormParam("password") String password) {
        long accountId = Ids.parse(id);
        Account account = accounts.get(accountId);
        Optional<String> problem = PasswordPolicy.problem(password, account.getUsername(), texts.locale());
        if (problem.isPresent()) {
            return accountPage(Status.BAD_REQUEST, account, FieldErrors.none().add("password", problem.get()), null);
        }
        accounts.changePassword(accountId, passwords.hash(password));
        changes.changed(account.getUsername());
        demoPasswords.refresh();
        flash.setMessage(texts.text("admin.passwordReset", account.getUsername()));
        return Views.redirect("/admin/accounts/" + accountId);
    }

    /** The role's name in the page's language ("editor", "admin" in English). */
    private String role(Role role) {
        return texts.text(role == Role.ADMIN ? "role.admin" : "role.editor");
    }

    private Response listPage(Status status, String username, String role, FieldErrors errors) {
        models.put("accounts", accounts.all());
        models.put("username", username);
        models.put("role", role);
        models.put("errors", errors);
        models.put("minLength", PasswordPolicy.MIN_LENGTH);
        return Views.render(response, status, "admin/accounts.html");
    }

    private Response accountPage(Status status, Account account, FieldErrors errors, String refusal) {
        models.put("account", account);
        models.put("errors", errors);
        models.put("refusal", refusal);
        models.put("minLength", PasswordPolicy.MIN_LENGTH);
        return Views.render(response, status, "admin/account.html");
    }
}

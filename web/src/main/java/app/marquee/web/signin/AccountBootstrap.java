package app.marquee.web.signin;

import app.marquee.account.Account;
import app.marquee.account.AccountNameTakenException;
import app.marquee.account.AccountRepository;
import app.marquee.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first accounts, so that someone can sign in on a new installation:
 * <ul>
 *   <li>with the sample data (the embedded database's default), the demo accounts {@code editor} and
 *       {@code admin}, whose passwords are their names; every page warns while one still has it;</li>
 *   <li>otherwise, when no enabled admin exists, an admin from {@code MARQUEE_ADMIN_USER} and
 *       {@code MARQUEE_ADMIN_PASSWORD}. The password is never logged.</li>
 * </ul>
 */
@ApplicationScoped
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    @Inject
    AccountRepository accounts;

    @Inject
    Passwords passwords;

    @Inject
    DemoPasswords demoPasswords;

    @Inject
    Validator validator;

    @Inject
    @ConfigProperty(name = "marquee.admin.user")
    Optional<String> adminUser;

    @Inject
    @ConfigProperty(name = "marquee.admin.password")
    Optional<String> adminPassword;

    /**
     * Creates the first accounts; {@code demo} says whether this is the embedded database with the
     * sample catalogue, which gets the demo accounts.
     */
    public void createFirstAccounts(boolean demo) {
        if (demo && accounts.count() == 0) {
            createDemo("editor", Role.EDITOR);
            createDemo("admin", Role.ADMIN);
            LOG.warning("Accounts: created the demo accounts 'editor' and 'admin' (password: the account name)."
                    + " Change or disable them before anyone else can reach this installation.");
        }
        if (accounts.hasEnabledAdmin()) {
            LOG.info(() -> "Accounts: " + accounts.count() + " account(s), at least one enabled admin");
        } else if (adminUser.filter(s -> !s.isBlank()).isPresent()
                && adminPassword.filter(s -> !s.isEmpty()).isPresent()) {
            createFirstAdmin(adminUser.get(), adminPassword.get());
        } else {
            LOG.warning("Accounts: no enabled admin exists, so nobody can manage accounts. Set MARQUEE_ADMIN_USER"
                    + " and MARQUEE_ADMIN_PASSWORD and restart to create the first admin.");
        }
        demoPasswords.refresh();
    }

    private void createDemo(String name, Role level) {
        accounts.create(name, passwords.hash(name), level, true, Instant.now());
    }

    private void createFirstAdmin(String user, String password) {
        Optional<String> problem = PasswordPolicy.problem(password, user);
        if (problem.isPresent()) {
            LOG.severe(() -> "Accounts: MARQUEE_ADMIN_PASSWORD is not acceptable (" + problem.get()
                    + "); no admin was created.");
            return;
        }
        if (!validator
                .validateValue(Account.class, "username", Account.normalize(user))
                .isEmpty()) {
            LOG.severe(() -> "Accounts: MARQUEE_ADMIN_USER is not a valid account name (lower-case letters,"
                    + " digits and . _ @ -, at most " + Account.USERNAME_MAX + "); no admin was created.");
            return;
        }
        try {
            accounts.create(user, passwords.hash(password), Role.ADMIN, false, Instant.now());
            LOG.info(() ->
                    "Accounts: created the first admin '" + Account.normalize(user) + "' from MARQUEE_ADMIN_USER");
        } catch (AccountNameTakenException e) {
            LOG.severe(() -> "Accounts: no enabled admin exists, and MARQUEE_ADMIN_USER names an existing account"
                    + " that is not an enabled admin; no admin was created. Choose another name.");
        }
    }
}

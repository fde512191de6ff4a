package app.marquee.it;

import app.marquee.account.Account;
import app.marquee.account.AccountRepository;
import app.marquee.account.Role;
import app.marquee.web.signin.DemoPasswords;
import app.marquee.web.signin.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Lets tests make sure an account exists with a known password, role and status ({@code POST it/accounts}),
 * create one that still has a demo password ({@code POST it/accounts/demo}), and read an account's
 * stored password ({@code GET it/accounts/{name}/stored-password}). Part of the test deployment only.
 */
@WebServlet("/it/accounts/*")
public class AccountSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("username");
        if ("/demo".equals(request.getPathInfo())) {
            accounts.demo(username);
        } else {
            accounts.ensure(
                    username,
                    request.getParameter("password"),
                    Role.ofGroup(request.getParameter("role")).orElseThrow());
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.endsWith("/stored-password")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain");
        response.getWriter()
                .write(accounts.storedPassword(path.substring(1, path.length() - "/stored-password".length())));
    }

    /** The transactional work behind the servlet. */
    @ApplicationScoped
    public static class Accounts {

        @Inject
        AccountRepository repository;

        @Inject
        Passwords passwords;

        @Inject
        DemoPasswords demoPasswords;

        @Inject
        EntityManager em;

        /** Creates the account, or gives the existing one this password and role and enables it. */
        @Transactional
        public void ensure(String username, String password, Role level) {
            Optional<Account> existing = repository.findByUsername(username);
            if (existing.isEmpty()) {
                repository.create(username, passwords.hash(password), level, false, Instant.now());
                return;
            }
            Account account = em.find(Account.class, existing.get().getId());
            if (!passwords.matches(password, account.getPasswordHash())) {
                account.changePassword(passwords.hash(password));
            }
            account.setLevel(level);
            account.setEnabled(true);
        }

        public void demo(String username) {
            if (repository.findByUsername(username).isEmpty()) {
                repository.create(username, passwords.hash(username), Role.EDITOR, true, Instant.now());
            }
            demoPasswords.refresh();
        }

        @Transactional
        public String storedPassword(String username) {
            return (String) em.createNativeQuery("select password_hash from accounts where username = ?")
                    .setParameter(1, username)
                    .getSingleResult();
        }
    }
}

package app.marquee.web.signin;

import app.marquee.account.Account;
import app.marquee.account.AccountRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The account of whoever is signed in, for the pages where people manage their own account. */
@RequestScoped
public class CurrentAccount {

    @Inject
    AccountRepository accounts;

    @Inject
    HttpServletRequest request;

    /**
     * The signed-in account, as stored now. {@code PageAccess} lets only signed-in people reach the
     * pages that ask, and ends the sessions of changed accounts, so one is always there.
     */
    public Account get() {
        return accounts.findByUsername(request.getRemoteUser())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
    }
}

package app.marquee.web.signin;

import app.marquee.account.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether an enabled demo account still has its published password, for the warning banner every
 * page shows. Every page asks, so the answer is kept here and recomputed only when an account
 * changes, instead of costing a query per page.
 */
@ApplicationScoped
public class DemoPasswords {

    @Inject
    AccountRepository accounts;

    private volatile Boolean inUse;

    public boolean inUse() {
        Boolean known = inUse;
        if (known == null) {
            known = refresh();
        }
        return known;
    }

    /** Reads the answer again; call after creating, disabling or changing the password of an account. */
    public boolean refresh() {
        boolean now = accounts.anyDemoPasswordInUse();
        inUse = now;
        return now;
    }
}

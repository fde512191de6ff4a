package app.marquee.web.signin;

import app.marquee.account.Account;
import app.marquee.account.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Instant;
import java.util.Optional;

/**
 * The database identity store: accounts and their roles from the {@code accounts} tables, passwords
 * checked against their PBKDF2 hashes. An unknown name, a disabled account and a wrong password all
 * give the same answer after the same amount of work, so the answer tells a guesser nothing about
 * which names exist.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountRepository accounts;

    @Inject
    Passwords passwords;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String password = given.getPasswordAsString();
        if (password == null || password.length() > PasswordPolicy.MAX_LENGTH) {
            passwords.matchesNothing("");
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<Account> account = accounts.findByUsername(given.getCaller());
        boolean valid = account.isPresent()
                ? passwords.matches(password, account.get().getPasswordHash())
                        && account.get().isEnabled()
                : passwords.matchesNothing(password);
        if (!valid) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        accounts.recordSignIn(account.get().getId(), Instant.now());
        return new CredentialValidationResult(
                account.get().getUsername(), account.get().groups());
    }
}

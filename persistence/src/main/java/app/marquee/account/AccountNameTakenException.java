package app.marquee.account;

/** An account with this name exists already (names are compared in lower case). */
public class AccountNameTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccountNameTakenException(String username) {
        super("An account named '" + username + "' exists already");
    }
}

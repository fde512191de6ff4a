package app.marquee.account;

/** The change would leave no enabled admin, and then nobody could manage accounts any more. */
public class LastAdminException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LastAdminException() {
        super("This is the last enabled admin account");
    }
}

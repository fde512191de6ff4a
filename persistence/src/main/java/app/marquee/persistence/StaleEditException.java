package app.marquee.persistence;

/**
 * An edit was based on an older version of a record than the one stored: someone else saved it in
 * between. Nothing was written; the caller shows the current values and lets the user decide.
 */
public class StaleEditException extends RuntimeException {

    private final String kind;
    private final Object id;

    public StaleEditException(String kind, Object id, long expectedVersion, long actualVersion) {
        this(kind, id, "edit based on version " + expectedVersion + ", stored version " + actualVersion);
    }

    /** For a record that was created or removed since, so that there are not two versions to compare. */
    public StaleEditException(String kind, Object id, String detail) {
        super(kind + " " + id + " was changed by someone else (" + detail + ")");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public Object id() {
        return id;
    }
}

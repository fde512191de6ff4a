package app.marquee.persistence;

/** A record asked for by id does not exist (any more). */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final Object id;

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " does not exist");
        this.kind = kind;
        this.id = id;
    }

    /** What was looked for, e.g. "Movie". */
    public String kind() {
        return kind;
    }

    public Object id() {
        return id;
    }
}

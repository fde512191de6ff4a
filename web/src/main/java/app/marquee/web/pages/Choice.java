package app.marquee.web.pages;

/** A record a user can pick in a form, e.g. an actor for a cast: its id and what the user sees. */
public record Choice(long id, String name) {

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}

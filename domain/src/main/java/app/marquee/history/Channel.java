package app.marquee.history;

/** How a change reached the catalogue. */
public enum Channel {
    /** A signed-in editor's form. */
    PAGE,
    /** A bearer token on the JSON API. */
    API,
    /** Marquee itself, e.g. loading the sample data at start. */
    SYSTEM
}

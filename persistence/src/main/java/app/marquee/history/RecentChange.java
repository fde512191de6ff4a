package app.marquee.history;

import java.time.Instant;
import java.util.List;

/** One revision in the catalogue-wide history: when, who, how, and which records it touched. */
public record RecentChange(long revision, Instant at, String account, Channel channel, List<Touched> records) {

    public RecentChange {
        records = List.copyOf(records);
    }

    /**
     * A record a revision touched.
     *
     * @param type    {@code movie}, {@code actor}, {@code contact} or {@code stuntman}
     * @param ownerId the movie's or the actor's id (for a contact or stuntman, its actor's)
     * @param label   the movie's title, the actor's name, the contact's phone number or the stuntman's name
     * @param actor   for a contact or stuntman, its actor's name when the actor still exists
     * @param kind    what happened to the record
     */
    public record Touched(String type, long ownerId, String label, String actor, HistoryEntry.Kind kind) {

        /** Whether this is a movie or actor deleted in this revision, which can be recreated from its last version. */
        public boolean recreatable() {
            return kind == HistoryEntry.Kind.DELETED && (type.equals("movie") || type.equals("actor"));
        }
    }
}

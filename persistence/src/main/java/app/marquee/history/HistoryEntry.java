package app.marquee.history;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a movie or an actor as its history shows it: when, who, through which channel,
 * whether the record was created, changed or deleted, and what changed.
 */
public record HistoryEntry(
        long revision, Instant at, String account, Channel channel, Kind kind, List<Change> changes) {

    public HistoryEntry {
        changes = List.copyOf(changes);
    }

    /** What happened to the record itself in this revision. */
    public enum Kind {
        CREATED,
        CHANGED,
        DELETED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

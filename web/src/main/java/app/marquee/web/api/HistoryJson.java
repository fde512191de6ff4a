package app.marquee.web.api;

import app.marquee.history.Change;
import app.marquee.history.HistoryEntry;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a movie's or an actor's history. */
@Schema(name = "HistoryEntry")
@JsonbPropertyOrder({"revision", "at", "account", "channel", "kind", "changes"})
public record HistoryJson(
        @Schema(description = "The revision: one per transaction that changed the catalogue")
        long revision,

        @Schema(description = "When, in UTC (ISO-8601)", format = "date-time")
        String at,

        @Schema(description = "The account that made the change")
        String account,

        @Schema(
                description = "How: page, api or system",
                enumeration = {"page", "api", "system"})
        String channel,

        @Schema(
                description = "What happened to the record",
                enumeration = {"created", "changed", "deleted"})
        String kind,

        List<ChangeJson> changes) {

    static HistoryJson of(HistoryEntry entry) {
        return new HistoryJson(
                entry.revision(),
                entry.at().toString(),
                entry.account(),
                entry.channel().name().toLowerCase(Locale.ROOT),
                entry.kind().label(),
                entry.changes().stream().map(ChangeJson::of).toList());
    }

    /** One thing an entry changed. */
    @Schema(name = "HistoryChange")
    @JsonbPropertyOrder({"subject", "before", "after", "added", "removed", "text"})
    public record ChangeJson(
            @Schema(description = "title, releaseDate, name, birthday, cast, contact or stuntman")
            String subject,

            @Schema(description = "The value before; absent when there was none")
            String before,

            @Schema(description = "The value after; absent when there is none")
            String after,

            @Schema(description = "For the cast: the actors added")
            List<String> added,

            @Schema(description = "For the cast: the actors removed")
            List<String> removed,

            @Schema(description = "The change in words, as the History page shows it")
            String text) {

        static ChangeJson of(Change change) {
            return new ChangeJson(
                    change.subject(),
                    change.before(),
                    change.after(),
                    change.added(),
                    change.removed(),
                    change.describe());
        }
    }
}

package app.marquee.web.api;

import app.marquee.actor.ActorRow;
import app.marquee.catalog.Actor;
import app.marquee.catalog.ContactDetails;
import app.marquee.catalog.Stuntman;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An actor with contact details, stuntman (left out when there is none) and filmography, as the API
 * shows it. In a listing, {@code movies} is left out and {@code movieCount} given instead.
 */
@Schema(name = "Actor", description = "An actor with contact details, stuntman and filmography")
@JsonbPropertyOrder({"id", "version", "name", "birthday", "contacts", "stuntman", "movieCount", "movies"})
public record ActorJson(
        long id,

        @Schema(description = "Optimistic-lock version: send it back with a PUT (or use the ETag in If-Match)")
        long version,

        String name,

        @JsonbNillable @Schema(type = SchemaType.STRING, format = "date", example = "1972-05-02", nullable = true)
        LocalDate birthday,

        List<ContactJson> contacts,

        @Schema(description = "Left out when the actor has no stuntman")
        StuntmanJson stuntman,

        long movieCount,

        @Schema(nullable = true, description = "The filmography, oldest first; left out in listings")
        List<FilmJson> movies) {

    static ActorJson profile(Actor actor) {
        List<FilmJson> movies = actor.getMovies().stream()
                .map(m -> new FilmJson(m.getId(), m.getTitle(), m.getReleaseDate()))
                .toList();
        return new ActorJson(
                actor.getId(),
                actor.getVersion(),
                actor.getName(),
                actor.getBirthday(),
                contacts(actor),
                actor.getStuntman().map(StuntmanJson::of).orElse(null),
                movies.size(),
                movies);
    }

    static ActorJson row(ActorRow row) {
        Actor actor = row.actor();
        return new ActorJson(
                actor.getId(),
                actor.getVersion(),
                actor.getName(),
                actor.getBirthday(),
                contacts(actor),
                actor.getStuntman().map(StuntmanJson::of).orElse(null),
                row.movieCount(),
                null);
    }

    private static List<ContactJson> contacts(Actor actor) {
        return actor.getContactDetails().stream().map(ContactJson::of).toList();
    }

    /** A phone number and address of an actor. */
    @Schema(name = "Contact")
    @JsonbPropertyOrder({"id", "version", "phoneNumber", "address"})
    public record ContactJson(
            long id,

            @Schema(description = "Optimistic-lock version: send it back with a PUT (or use the ETag in If-Match)")
            long version,

            String phoneNumber,
            String address) {
        static ContactJson of(ContactDetails contact) {
            return new ContactJson(
                    contact.getId(), contact.getVersion(), contact.getPhoneNumber(), contact.getAddress());
        }
    }

    /** The stuntman who doubles for an actor. */
    @Schema(name = "Stuntman")
    @JsonbPropertyOrder({"id", "version", "name", "active"})
    public record StuntmanJson(
            long id,

            @Schema(description = "Optimistic-lock version: send it back with a PUT (or use the ETag in If-Match)")
            long version,

            String name,
            boolean active) {
        static StuntmanJson of(Stuntman stuntman) {
            return new StuntmanJson(stuntman.getId(), stuntman.getVersion(), stuntman.getName(), stuntman.isActive());
        }
    }

    /** A movie of an actor's filmography. */
    @Schema(name = "Film")
    @JsonbPropertyOrder({"id", "title", "releaseDate"})
    public record FilmJson(
            long id,
            String title,

            @JsonbNillable @Schema(type = SchemaType.STRING, format = "date", nullable = true)
            LocalDate releaseDate) {}
}

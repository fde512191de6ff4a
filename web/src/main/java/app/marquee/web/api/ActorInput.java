package app.marquee.web.api;

import app.marquee.catalog.Actor;
import app.marquee.catalog.CatalogDate;
import app.marquee.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client sends to create or change an actor (contacts and stuntman have their own addresses).
 *
 * @param version the version the change is based on (PUT only, unless If-Match is sent)
 */
@Schema(name = "ActorInput", description = "A new actor, or the new state of one")
public record ActorInput(
        @Schema(required = true, maxLength = Actor.NAME_MAX, example = "Dwayne Johnson")
        @NotBlank(message = "{actor.name.required}")
        @PlainText
        @Size(max = Actor.NAME_MAX, message = "{actor.name.size}")
        String name,

        @Schema(type = SchemaType.STRING, format = "date", example = "1972-05-02", nullable = true)
        @PastOrPresent(message = "{actor.birthday.future}")
        @CatalogDate
        LocalDate birthday,

        @Schema(description = "Required on PUT unless If-Match is sent: the version the edit is based on")
        @PositiveOrZero(message = "{api.version.min}")
        Long version) {

    static final Set<String> FIELDS = Set.of("name", "birthday", "version");
}

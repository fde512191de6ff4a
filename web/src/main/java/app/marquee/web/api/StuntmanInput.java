package app.marquee.web.api;

import app.marquee.catalog.Stuntman;
import app.marquee.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The stuntman an actor should have.
 *
 * @param version the version of the actor's current stuntman the change is based on; without it or
 *     If-Match, the PUT is unconditional, as it was before stuntmen had versions
 */
@Schema(name = "StuntmanInput")
public record StuntmanInput(
        @Schema(required = true, maxLength = Stuntman.NAME_MAX, example = "John Roe")
        @NotBlank(message = "{stuntman.name.required}")
        @PlainText
        @Size(max = Stuntman.NAME_MAX, message = "{stuntman.name.size}")
        String name,

        @Schema(required = true) @NotNull(message = "{api.active.required}")
        Boolean active,

        @Schema(
                description = "The version of the actor's current stuntman the edit is based on (stale: 409);"
                        + " or send its ETag in If-Match (stale: 412). Without either, the PUT sets the stuntman"
                        + " whatever is stored.")
        @PositiveOrZero(message = "{api.version.min}")
        Long version) {

    static final Set<String> FIELDS = Set.of("name", "active", "version");
}

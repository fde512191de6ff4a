package app.marquee.web.api;

import app.marquee.catalog.Stuntman;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The stuntman an actor should have. */
@Schema(name = "StuntmanInput")
public record StuntmanInput(
        @Schema(required = true, maxLength = Stuntman.NAME_MAX, example = "John Roe")
        @NotBlank(message = "{stuntman.name.required}")
        @Size(max = Stuntman.NAME_MAX, message = "{stuntman.name.size}")
        String name,
        @Schema(required = true)
        @NotNull(message = "Active is required: true or false.")
        Boolean active) {

    static final Set<String> FIELDS = Set.of("name", "active");
}

package app.marquee.web.api;

import app.marquee.catalog.CatalogDate;
import app.marquee.catalog.Movie;
import app.marquee.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client sends to create or change a movie.
 *
 * @param castIds the ids of the cast; left out on a PUT, the cast stays as it is
 * @param version the version the change is based on (PUT only, unless If-Match is sent)
 */
@Schema(name = "MovieInput", description = "A new movie, or the new state of one")
public record MovieInput(
        @Schema(required = true, maxLength = Movie.TITLE_MAX, example = "Furious 7")
        @NotBlank(message = "{movie.title.required}")
        @PlainText
        @Size(max = Movie.TITLE_MAX, message = "{movie.title.size}")
        String title,

        @Schema(type = SchemaType.STRING, format = "date", example = "2015-04-02", nullable = true) @CatalogDate
        LocalDate releaseDate,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = Long.class,
                description = "Actor ids of the cast; on a PUT, leaving it out keeps the cast")
        Set<Long> castIds,

        @Schema(description = "Required on PUT unless If-Match is sent: the version the edit is based on")
        @PositiveOrZero(message = "{api.version.min}")
        Long version) {

    static final Set<String> FIELDS = Set.of("title", "releaseDate", "castIds", "version");
}

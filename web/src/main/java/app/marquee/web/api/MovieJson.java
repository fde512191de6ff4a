package app.marquee.web.api;

import app.marquee.catalog.Movie;
import app.marquee.movie.MovieSummary;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A movie with its cast, as the API shows it. */
@Schema(name = "Movie", description = "A movie with its cast")
@JsonbPropertyOrder({"id", "version", "title", "releaseDate", "cast"})
public record MovieJson(
        long id,

        @Schema(description = "Optimistic-lock version: send it back with a PUT (or use the ETag in If-Match)")
        long version,

        String title,

        @JsonbNillable @Schema(type = SchemaType.STRING, format = "date", example = "2015-04-02", nullable = true)
        LocalDate releaseDate,

        List<CastMemberJson> cast) {

    static MovieJson of(Movie movie) {
        return new MovieJson(
                movie.getId(),
                movie.getVersion(),
                movie.getTitle(),
                movie.getReleaseDate(),
                movie.getActors().stream()
                        .map(a -> new CastMemberJson(a.getId(), a.getName()))
                        .toList());
    }

    static MovieJson of(MovieSummary movie) {
        return new MovieJson(
                movie.id(),
                movie.version(),
                movie.title(),
                movie.releaseDate(),
                movie.cast().stream()
                        .map(a -> new CastMemberJson(a.id(), a.name()))
                        .toList());
    }

    /** An actor in a movie's cast. */
    @Schema(name = "CastMember")
    @JsonbPropertyOrder({"id", "name"})
    public record CastMemberJson(long id, String name) {}
}

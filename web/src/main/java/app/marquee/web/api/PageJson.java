package app.marquee.web.api;

import app.marquee.paging.Page;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a listing and the facts for paging through the rest. */
@JsonbPropertyOrder({"items", "page", "size", "total", "totalPages"})
public record PageJson<T>(
        List<T> items,
        @Schema(description = "The page number, from 1") int page,
        @Schema(description = "The page size used (at most 100)") int size,
        @Schema(description = "How many items match in all") long total,
        int totalPages) {

    static <E, T> PageJson<T> of(Page<E> page, Function<? super E, T> mapper) {
        return new PageJson<>(page.items().stream().<T>map(mapper).toList(), page.number(), page.size(),
                page.total(), page.totalPages());
    }

    /** A page of movies, for the OpenAPI document (generic types have no schema of their own). */
    @Schema(name = "MoviePage")
    public record MoviePage(List<MovieJson> items, int page, int size, long total, int totalPages) {
    }

    /** A page of actors, for the OpenAPI document. */
    @Schema(name = "ActorPage")
    public record ActorPage(List<ActorJson> items, int page, int size, long total, int totalPages) {
    }
}

package app.marquee.web.api;

import app.marquee.paging.Page;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a listing and the facts for paging through the rest. */
@JsonbPropertyOrder({"items", "page", "size", "total", "totalExact", "totalPages", "hasNext"})
public record PageJson<T>(
        List<T> items,
        @Schema(description = "The page number, from 1") int page,

        @Schema(description = "The page size used (at most 100)")
        int size,

        @Schema(description = TOTAL) long total,
        @Schema(description = TOTAL_EXACT) boolean totalExact,
        @Schema(description = TOTAL_PAGES) int totalPages,
        @Schema(description = HAS_NEXT) boolean hasNext) {

    static final String TOTAL = "How many items match in all; when more than 1000 match, 1000 (see totalExact)";
    static final String TOTAL_EXACT = "false when more items match than total says: matches are counted up to 1000";
    static final String TOTAL_PAGES =
            "Pages of this size holding total items (more pages follow when totalExact is false)";
    static final String HAS_NEXT = "Whether the next page has items";

    static <E, T> PageJson<T> of(Page<E> page, Function<? super E, T> mapper) {
        return new PageJson<>(
                page.items().stream().<T>map(mapper).toList(),
                page.number(),
                page.size(),
                page.total(),
                page.exact(),
                page.totalPages(),
                page.hasNext());
    }

    /** A page of movies, for the OpenAPI document (generic types have no schema of their own). */
    @Schema(name = "MoviePage")
    public record MoviePage(
            List<MovieJson> items,
            int page,
            int size,
            @Schema(description = TOTAL) long total,
            @Schema(description = TOTAL_EXACT) boolean totalExact,
            @Schema(description = TOTAL_PAGES) int totalPages,
            @Schema(description = HAS_NEXT) boolean hasNext) {}

    /** A page of a record's history, for the OpenAPI document. */
    @Schema(name = "HistoryPage")
    public record HistoryPage(
            List<HistoryJson> items,
            int page,
            int size,
            @Schema(description = TOTAL) long total,
            @Schema(description = TOTAL_EXACT) boolean totalExact,
            @Schema(description = TOTAL_PAGES) int totalPages,
            @Schema(description = HAS_NEXT) boolean hasNext) {}

    /** A page of actors, for the OpenAPI document. */
    @Schema(name = "ActorPage")
    public record ActorPage(
            List<ActorJson> items,
            int page,
            int size,
            @Schema(description = TOTAL) long total,
            @Schema(description = TOTAL_EXACT) boolean totalExact,
            @Schema(description = TOTAL_PAGES) int totalPages,
            @Schema(description = HAS_NEXT) boolean hasNext) {}
}

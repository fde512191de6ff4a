package app.marquee.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.marquee.actor.ActorSort;
import app.marquee.movie.MovieSort;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.junit.jupiter.api.Test;

/** The OpenAPI document lists the sorts by hand, as an annotation needs constants; the enums are the truth. */
class ApiSortsTest {

    @Test
    void theMovieListingDocumentsExactlyTheMovieSortsAndTheirDefault() {
        Schema sort = sortSchema(MovieResource.class);
        assertThat(sort.enumeration())
                .as("enumeration of GET /api/movies ?sort")
                .containsExactly(
                        Arrays.stream(MovieSort.values()).map(MovieSort::param).toArray(String[]::new));
        assertThat(sort.defaultValue()).isEqualTo(MovieSort.TITLE.param());
    }

    @Test
    void theActorListingDocumentsExactlyTheActorSortsAndTheirDefault() {
        Schema sort = sortSchema(ActorResource.class);
        assertThat(sort.enumeration())
                .as("enumeration of GET /api/actors ?sort")
                .containsExactly(
                        Arrays.stream(ActorSort.values()).map(ActorSort::param).toArray(String[]::new));
        assertThat(sort.defaultValue()).isEqualTo(ActorSort.NAME.param());
    }

    private static Schema sortSchema(Class<?> resource) {
        Method list = Arrays.stream(resource.getDeclaredMethods())
                .filter(m -> m.getName().equals("list"))
                .findFirst()
                .orElseThrow();
        return Arrays.stream(list.getParameters())
                .filter(p -> p.isAnnotationPresent(QueryParam.class)
                        && p.getAnnotation(QueryParam.class).value().equals("sort"))
                .map(p -> p.getAnnotation(Parameter.class).schema())
                .findFirst()
                .orElseThrow();
    }
}

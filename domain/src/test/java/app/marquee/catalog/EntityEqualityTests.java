package app.marquee.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entity uses the JPA-safe id pattern: a new entity equals only itself, two persisted ones are
 * equal when their ids are, and the hash never changes, so an entity stays findable in a hash set
 * after the database gives it an id or after any of its fields change.
 */
class EntityEqualityTests {

    static Stream<Arguments> entities() {
        return Stream.of(
                Arguments.of("Movie", (Supplier<Object>) () -> new Movie("Furious 7", LocalDate.of(2015, 4, 2))),
                Arguments.of("Actor", (Supplier<Object>) () -> new Actor("Dwayne Johnson", LocalDate.of(1972, 5, 2))),
                Arguments.of(
                        "ContactDetails", (Supplier<Object>) () -> new ContactDetails("423 555 5623", "Glendale, CA")),
                Arguments.of("Stuntman", (Supplier<Object>) () -> new Stuntman("John Roe", true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entities")
    void aNewEntityEqualsOnlyItself(String kind, Supplier<Object> newEntity) {
        Object entity = newEntity.get();
        Object twin = newEntity.get();

        assertThat(entity).isEqualTo(entity);
        assertThat(entity).isNotEqualTo(twin);
        assertThat(twin).isNotEqualTo(entity);
        assertThat(entity).isNotEqualTo(null);
        assertThat(entity).isNotEqualTo("not an entity");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entities")
    void persistedEntitiesAreEqualWhenTheirIdsAre(String kind, Supplier<Object> newEntity) {
        Object entity = withId(newEntity.get(), 7L);
        Object sameRow = withId(newEntity.get(), 7L);
        Object otherRow = withId(newEntity.get(), 8L);

        assertThat(entity).isEqualTo(sameRow);
        assertThat(sameRow).isEqualTo(entity);
        assertThat(entity).isNotEqualTo(otherRow);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entities")
    void aNewEntityDoesNotEqualAPersistedOne(String kind, Supplier<Object> newEntity) {
        Object unsaved = newEntity.get();
        Object saved = withId(newEntity.get(), 7L);

        assertThat(unsaved).isNotEqualTo(saved);
        assertThat(saved).isNotEqualTo(unsaved);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entities")
    void entitiesOfDifferentKindsWithTheSameIdAreNotEqual(String kind, Supplier<Object> newEntity) {
        Object entity = withId(newEntity.get(), 7L);
        Object otherKind = entities()
                .map(arguments -> ((Supplier<?>) arguments.get()[1]).get())
                .filter(other -> other.getClass() != entity.getClass())
                .findFirst()
                .orElseThrow();

        assertThat(entity).isNotEqualTo(withId(otherKind, 7L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entities")
    void theHashStaysTheSameWhenTheEntityIsSaved(String kind, Supplier<Object> newEntity) {
        Object entity = newEntity.get();
        int unsavedHash = entity.hashCode();
        Set<Object> set = new HashSet<>(Set.of(entity));

        withId(entity, 42L);

        assertThat(entity.hashCode()).isEqualTo(unsavedHash);
        assertThat(entity.hashCode()).isEqualTo(newEntity.get().hashCode());
        assertThat(set.contains(entity)).as("found by hash lookup").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entities")
    void aSavedEntityCanBeFoundInAHashSetByAnotherInstanceOfItsRow(String kind, Supplier<Object> newEntity) {
        Set<Object> set = new HashSet<>(Set.of(withId(newEntity.get(), 7L)));

        assertThat(set.contains(withId(newEntity.get(), 7L)))
                .as("found by hash lookup")
                .isTrue();
        assertThat(set.contains(withId(newEntity.get(), 8L))).isFalse();
    }

    @Test
    void changingAFieldKeepsANewMovieInItsSet() {
        Movie movie = new Movie("Furious 7", LocalDate.of(2015, 4, 2));
        Set<Movie> movies = new HashSet<>(Set.of(movie));

        movie.setTitle("Furious Seven");
        movie.setReleaseDate(LocalDate.of(2015, 4, 3));

        assertThat(movies.contains(movie)).as("found by hash lookup").isTrue();
        assertThat(movies.contains(new Movie("Furious Seven", LocalDate.of(2015, 4, 3))))
                .isFalse();
    }

    @Test
    void changingANameKeepsANewActorInItsSet() {
        Actor actor = new Actor("Dwayne Johnson", LocalDate.of(1972, 5, 2));
        Set<Actor> actors = new HashSet<>(Set.of(actor));

        actor.setName("The Rock");

        assertThat(actors.contains(actor)).as("found by hash lookup").isTrue();
    }

    /** Gives the entity the id the database would; there is no setter for it, on purpose. */
    private static Object withId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Cannot set the id of " + entity, e);
        }
    }
}

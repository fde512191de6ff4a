package app.marquee.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MovieTests {

    private final Movie painAndGain = new Movie("Pain & Gain", LocalDate.of(2013, 8, 23));
    private final Movie furious7 = new Movie("Furious 7", LocalDate.of(2015, 4, 2));
    private final Actor dwayneJohnson = new Actor("Dwayne Johnson", LocalDate.of(1972, 5, 2));
    private final Actor markWahlberg = new Actor("Mark Wahlberg", LocalDate.of(1971, 6, 5));
    private final Actor mattDamon = new Actor("Matt Damon", LocalDate.of(1970, 10, 8));

    @Test
    void addingAnActorToAMovieAddsTheMovieToTheFilmography() {
        painAndGain.addActor(dwayneJohnson);

        assertThat(painAndGain.getActors()).containsExactly(dwayneJohnson);
        assertThat(painAndGain.hasActor(dwayneJohnson)).isTrue();
        assertThat(dwayneJohnson.getMovies()).containsExactly(painAndGain);
    }

    @Test
    void anActorCanStarInSeveralMoviesAndAMovieCanCastSeveralActors() {
        painAndGain.addActor(dwayneJohnson);
        painAndGain.addActor(markWahlberg);
        furious7.addActor(dwayneJohnson);

        assertThat(painAndGain.getActors()).containsExactly(dwayneJohnson, markWahlberg);
        assertThat(furious7.getActors()).containsExactly(dwayneJohnson);
        assertThat(dwayneJohnson.getMovies()).containsExactly(painAndGain, furious7);
        assertThat(markWahlberg.getMovies()).containsExactly(painAndGain);
    }

    @Test
    void castingTheSameActorTwiceCastsItOnce() {
        painAndGain.addActor(dwayneJohnson);
        painAndGain.addActor(dwayneJohnson);

        assertThat(painAndGain.getActors()).hasSize(1);
        assertThat(dwayneJohnson.getMovies()).hasSize(1);
    }

    @Test
    void removingAnActorFromAMovieRemovesTheMovieFromTheFilmography() {
        painAndGain.addActor(dwayneJohnson);
        painAndGain.addActor(markWahlberg);
        furious7.addActor(dwayneJohnson);

        painAndGain.removeActor(dwayneJohnson);

        assertThat(painAndGain.getActors()).containsExactly(markWahlberg);
        assertThat(painAndGain.hasActor(dwayneJohnson)).isFalse();
        assertThat(dwayneJohnson.getMovies()).containsExactly(furious7);
        assertThat(markWahlberg.getMovies()).containsExactly(painAndGain);
    }

    @Test
    void removingAnActorWhoIsNotInTheCastChangesNothing() {
        painAndGain.addActor(dwayneJohnson);
        furious7.addActor(mattDamon);

        painAndGain.removeActor(mattDamon);

        assertThat(painAndGain.getActors()).containsExactly(dwayneJohnson);
        assertThat(mattDamon.getMovies()).containsExactly(furious7);
    }

    @Test
    void replacingTheCastKeepsEveryFilmographyInStep() {
        painAndGain.addActor(dwayneJohnson);
        painAndGain.addActor(markWahlberg);

        painAndGain.replaceCast(Set.of(markWahlberg, mattDamon));

        assertThat(painAndGain.getActors()).containsExactlyInAnyOrder(markWahlberg, mattDamon);
        assertThat(dwayneJohnson.getMovies()).isEmpty();
        assertThat(markWahlberg.getMovies()).containsExactly(painAndGain);
        assertThat(mattDamon.getMovies()).containsExactly(painAndGain);
    }

    @Test
    void replacingTheCastWithNoActorsEmptiesIt() {
        painAndGain.addActor(dwayneJohnson);
        painAndGain.addActor(markWahlberg);

        painAndGain.replaceCast(Set.of());

        assertThat(painAndGain.getActors()).isEmpty();
        assertThat(dwayneJohnson.getMovies()).isEmpty();
        assertThat(markWahlberg.getMovies()).isEmpty();
    }

    @Test
    void theCastIsAnUnmodifiableViewThatFollowsTheMovie() {
        Set<Actor> cast = painAndGain.getActors();

        assertThatThrownBy(() -> cast.add(dwayneJohnson)).isInstanceOf(UnsupportedOperationException.class);
        painAndGain.addActor(dwayneJohnson);
        assertThat(cast).containsExactly(dwayneJohnson);
        assertThatThrownBy(() -> cast.remove(dwayneJohnson)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(cast::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(dwayneJohnson.getMovies()).containsExactly(painAndGain);
    }

    @Test
    void theFilmographyIsAnUnmodifiableView() {
        painAndGain.addActor(dwayneJohnson);
        Set<Movie> filmography = dwayneJohnson.getMovies();

        assertThatThrownBy(() -> filmography.add(furious7)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> filmography.remove(painAndGain)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(painAndGain.getActors()).containsExactly(dwayneJohnson);
    }

    @Test
    void aMovieNeedsATitleAndCastsOnlyActualActors() {
        assertThatNullPointerException().isThrownBy(() -> new Movie(null, LocalDate.of(2013, 8, 23)));
        assertThatNullPointerException().isThrownBy(() -> painAndGain.setTitle(null));
        assertThatNullPointerException().isThrownBy(() -> painAndGain.addActor(null));
        assertThatNullPointerException().isThrownBy(() -> painAndGain.removeActor(null));
        assertThat(painAndGain.getTitle()).isEqualTo("Pain & Gain");
    }

    @Test
    void aMovieMayHaveNoReleaseDate() {
        Movie undated = new Movie("Untitled Heist Project", null);

        assertThat(undated.getReleaseDate()).isNull();
    }

    @Test
    void theTitleKeyIsTheLowerCaseTitleAndTheReleaseDate() {
        assertThat(painAndGain.getTitleKey()).isEqualTo("pain & gain|2013-08-23");
        assertThat(new Movie(" Untitled\u00A0", null).getTitleKey()).isEqualTo("untitled|");
        assertThat(Movie.titleKeyOf(" PAIN & GAIN ", LocalDate.of(2013, 8, 23))).isEqualTo(painAndGain.getTitleKey());
        assertThat(Movie.titleKeyOf("Ame\u0301lie", null)).isEqualTo(Movie.titleKeyOf("AM\u00C9LIE", null));
    }

    @Test
    void theTitleKeyFollowsTheTitleAndTheReleaseDate() {
        painAndGain.setTitle("Pain and Gain");
        assertThat(painAndGain.getTitleKey()).isEqualTo("pain and gain|2013-08-23");

        painAndGain.setReleaseDate(null);
        assertThat(painAndGain.getTitleKey()).isEqualTo("pain and gain|");

        painAndGain.setReleaseDate(LocalDate.of(2013, 4, 26));
        assertThat(painAndGain.getTitleKey()).isEqualTo("pain and gain|2013-04-26");
    }

    @Test
    void aCastIsLimitedToTheMaximum() {
        Set<Actor> full = IntStream.range(0, Movie.CAST_MAX)
                .mapToObj(i -> new Actor("Extra " + i, null))
                .collect(Collectors.toSet());
        Set<Actor> tooMany = new HashSet<>(full);
        tooMany.add(mattDamon);

        assertThatThrownBy(() -> painAndGain.replaceCast(tooMany)).isInstanceOf(IllegalArgumentException.class);
        assertThat(painAndGain.getActors()).isEmpty();
        assertThat(mattDamon.getMovies()).isEmpty();

        painAndGain.replaceCast(full);
        assertThatThrownBy(() -> painAndGain.addActor(mattDamon)).isInstanceOf(IllegalArgumentException.class);
        assertThat(painAndGain.getActors()).hasSize(Movie.CAST_MAX).doesNotContain(mattDamon);
        Actor cast = full.iterator().next();
        painAndGain.addActor(cast);
        assertThat(painAndGain.getActors())
                .as("casting a cast member again is no addition")
                .hasSize(Movie.CAST_MAX);
    }
}

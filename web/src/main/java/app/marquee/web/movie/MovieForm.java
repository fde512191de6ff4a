package app.marquee.web.movie;

import app.marquee.catalog.Actor;
import app.marquee.catalog.Movie;
import app.marquee.history.MovieVersion;
import app.marquee.movie.MovieDraft;
import app.marquee.text.Text;
import app.marquee.web.pages.Ids;
import jakarta.mvc.binding.MvcBinding;
import jakarta.ws.rs.FormParam;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the movie form submits: title, release date, the chosen cast (actor ids, as checkboxes named
 * {@code cast}) and, when editing, the version the user started from. The release date is bound
 * twice: converted (a bad date becomes a binding error) and as typed (to show it again).
 */
public class MovieForm {

    /** The submit button that searches actors to add instead of saving. */
    static final String FIND_ACTORS = "findActors";

    @FormParam("title")
    String title;

    @MvcBinding
    @FormParam("releaseDate")
    LocalDate releaseDate;

    @FormParam("releaseDate")
    String releaseDateText;

    @FormParam("cast")
    List<String> cast;

    @FormParam("castSearch")
    String castSearch;

    @FormParam("version")
    String version;

    @FormParam("_action")
    String action;

    static MovieForm empty() {
        return new MovieForm();
    }

    static MovieForm of(Movie movie) {
        MovieForm form = new MovieForm();
        form.title = movie.getTitle();
        form.releaseDate = movie.getReleaseDate();
        form.releaseDateText =
                movie.getReleaseDate() == null ? "" : movie.getReleaseDate().toString();
        form.cast = movie.getActors().stream()
                .map(Actor::getId)
                .map(String::valueOf)
                .toList();
        form.version = String.valueOf(movie.getVersion());
        return form;
    }

    /** The form filled with an earlier version, to restore it ({@code currentVersion}) or recreate it (null). */
    static MovieForm of(MovieVersion earlier, Long currentVersion) {
        MovieForm form = new MovieForm();
        form.title = earlier.title();
        form.releaseDate = earlier.releaseDate();
        form.releaseDateText =
                earlier.releaseDate() == null ? "" : earlier.releaseDate().toString();
        form.cast = earlier.cast().keySet().stream().map(String::valueOf).toList();
        form.version = currentVersion == null ? null : String.valueOf(currentVersion);
        return form;
    }

    boolean isFindActors() {
        return FIND_ACTORS.equals(action);
    }

    /** The title as it will be saved: normalised, without surrounding blanks or invisible characters. */
    public String getTitle() {
        return Text.normalize(title);
    }

    public String getReleaseDate() {
        return releaseDateText == null ? "" : releaseDateText.strip();
    }

    LocalDate releaseDate() {
        return releaseDate;
    }

    public String getCastSearch() {
        return castSearch == null ? "" : castSearch.strip();
    }

    public String getVersion() {
        return version;
    }

    /** The chosen actors' ids; a value that is not an id is left out (the form only sends ids). */
    Set<Long> castIds() {
        Set<Long> ids = new LinkedHashSet<>();
        if (cast != null) {
            cast.stream().map(Ids::parseOrNull).filter(Objects::nonNull).forEach(ids::add);
        }
        return ids;
    }

    boolean hasMalformedCast() {
        return cast != null
                && cast.stream().filter(c -> c != null && !c.isBlank()).anyMatch(c -> Ids.parseOrNull(c) == null);
    }

    MovieDraft draft() {
        return new MovieDraft(getTitle(), releaseDate, castIds());
    }
}

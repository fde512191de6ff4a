package app.marquee.it;

import app.marquee.catalog.Actor;
import app.marquee.catalog.ContactDetails;
import app.marquee.catalog.Movie;
import app.marquee.catalog.Stuntman;
import app.marquee.sample.SampleCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data for container tests: each test starts from the tutorial's sample catalogue and nothing else. */
@ApplicationScoped
public class CatalogFixture {

    @Inject
    EntityManager em;

    @Inject
    SampleCatalog sampleCatalog;

    @Transactional
    public void deleteAll() {
        for (String table : new String[] {
            "movies_actors_aud",
            "movies_aud",
            "actors_aud",
            "contact_details_aud",
            "stuntmen_aud",
            "revisions",
            "movies_actors",
            "contact_details",
            "stuntmen",
            "movies",
            "actors"
        }) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
    }

    @Transactional
    public void resetToSampleCatalog() {
        deleteAll();
        if (!sampleCatalog.loadIfEmpty()) {
            throw new IllegalStateException("The catalogue was not empty after deleting everything");
        }
    }

    /** Adds {@code n} movies, each with two new actors who have a contact and a stuntman. */
    @Transactional
    public void addMoviesWithCasts(int n) {
        for (int i = 1; i <= n; i++) {
            Movie movie = new Movie(
                    String.format("Bulk Movie %03d", i),
                    LocalDate.of(2000, 1, 1).plusDays(i));
            for (int j = 1; j <= 2; j++) {
                Actor actor = new Actor(String.format("Bulk Actor %03d-%d", i, j), LocalDate.of(1980, 1, 1));
                actor.addContact(new ContactDetails("555 000 " + i, "Bulk Street " + i + ", Springfield"));
                actor.assignStuntman(new Stuntman("Double " + i + "-" + j, true));
                movie.addActor(actor);
            }
            em.persist(movie);
        }
    }

    @Transactional
    public long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    @Transactional
    public long countWhere(String table, String column, long value) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where " + column + " = ?")
                        .setParameter(1, value)
                        .getSingleResult())
                .longValue();
    }

    /** Every table a request could change, with the columns of its primary key. */
    static final Map<String, String> TABLE_KEYS = fingerprintedTables();

    private static Map<String, String> fingerprintedTables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("movies", "id");
        tables.put("actors", "id");
        tables.put("movies_actors", "movie_id, actor_id");
        tables.put("contact_details", "id");
        tables.put("stuntmen", "id");
        tables.put("accounts", "id");
        tables.put("account_roles", "account_id, role");
        tables.put("api_tokens", "id");
        return tables;
    }

    /** A table's content in short: how many rows it has and a SHA-256 of all of them in key order. */
    public record TablePrint(long rows, String hash) {}

    /**
     * The row count and a hash of every row of each table, so that a test can show that a refused
     * request changed nothing at all, not only that no row was added or removed.
     */
    @Transactional
    public Map<String, TablePrint> fingerprint() {
        Map<String, TablePrint> prints = new LinkedHashMap<>();
        TABLE_KEYS.forEach((table, key) -> {
            List<?> rows = em.createNativeQuery("select * from " + table + " order by " + key)
                    .getResultList();
            MessageDigest digest = sha256();
            for (Object row : rows) {
                String text = row instanceof Object[] columns ? Arrays.deepToString(columns) : String.valueOf(row);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            prints.put(table, new TablePrint(rows.size(), HexFormat.of().formatHex(digest.digest())));
        });
        return prints;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

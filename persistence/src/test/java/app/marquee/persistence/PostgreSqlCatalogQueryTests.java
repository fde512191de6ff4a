package app.marquee.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The catalogue queries on PostgreSQL, the production database: database {@code marquee_dialect_test}
 * (or the system property {@code test.dialect.db.name}, so that concurrent builds on one machine each
 * use their own) on 127.0.0.1:5432, owned by role {@code marquee} (password {@code marquee}).
 */
class PostgreSqlCatalogQueryTests extends AbstractCatalogQueryTests {

    private static final String DATABASE = System.getProperty("test.dialect.db.name", "marquee_dialect_test");

    @Override
    protected DataSource emptyDatabase() throws SQLException {
        UrlDataSource dataSource = new UrlDataSource();
        dataSource.setUrl("jdbc:postgresql://127.0.0.1:5432/" + DATABASE);
        dataSource.setUser("marquee");
        dataSource.setPassword("marquee");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        }
        return dataSource;
    }

    @Test
    void theListingsHaveIndexesForTheirOrdersAndTrigramIndexesForTheirSearches() throws SQLException {
        List<String> indexes = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("select indexname from pg_indexes where schemaname = 'public'")) {
            while (rows.next()) {
                indexes.add(rows.getString(1));
            }
        }
        assertThat(indexes)
                .contains(
                        "ix_movies_lower_title_id",
                        "ix_movies_release_date_id",
                        "ix_movies_release_date_desc_id",
                        "ix_actors_lower_name_id",
                        "ix_actors_birthday_id",
                        "ix_actors_birthday_desc_id",
                        "ix_movies_title_trgm",
                        "ix_actors_name_trgm",
                        "ix_contact_details_address_trgm");
        assertThat(indexes)
                .doesNotContain("ix_movies_title", "ix_movies_release_date", "ix_actors_name", "ix_actors_birthday");
    }
}

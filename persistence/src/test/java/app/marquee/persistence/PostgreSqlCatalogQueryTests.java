package app.marquee.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

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
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        }
        return dataSource;
    }
}

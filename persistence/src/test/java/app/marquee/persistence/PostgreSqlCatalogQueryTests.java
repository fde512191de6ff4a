package app.marquee.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The catalogue queries on PostgreSQL, the production database: database {@code marquee_dialect_test}
 * on 127.0.0.1:5432, owned by role {@code marquee} (password {@code marquee}).
 */
class PostgreSqlCatalogQueryTests extends AbstractCatalogQueryTests {

    @Override
    protected DataSource emptyDatabase() throws SQLException {
        UrlDataSource dataSource = new UrlDataSource();
        dataSource.setUrl("jdbc:postgresql://127.0.0.1:5432/marquee_dialect_test");
        dataSource.setUser("marquee");
        dataSource.setPassword("marquee");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        }
        return dataSource;
    }
}

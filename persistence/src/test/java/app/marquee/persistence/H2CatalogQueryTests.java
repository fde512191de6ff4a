package app.marquee.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;

/** The catalogue queries on the embedded default: a new in-memory H2 database for this class. */
class H2CatalogQueryTests extends AbstractCatalogQueryTests {

    private UrlDataSource dataSource;

    @Override
    protected DataSource emptyDatabase() {
        dataSource = new UrlDataSource();
        // Kept open between connections (there is no pool here) until shut down below.
        dataSource.setUrl("jdbc:h2:mem:marquee-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    @AfterAll
    void shutDownDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("shutdown");
        }
    }
}

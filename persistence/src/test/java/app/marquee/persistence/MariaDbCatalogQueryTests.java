package app.marquee.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The catalogue queries on MariaDB: database {@code marquee_dialect_test} (or the system property
 * {@code test.dialect.db.name}, so that concurrent builds on one machine each use their own) on
 * 127.0.0.1:3306, as {@code root} with an empty password (the user needs to drop and create that database).
 */
class MariaDbCatalogQueryTests extends AbstractCatalogQueryTests {

    private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String DATABASE = System.getProperty("test.dialect.db.name", "marquee_dialect_test");

    @Override
    protected DataSource emptyDatabase() throws SQLException {
        UrlDataSource server = dataSource(SERVER);
        try (Connection connection = server.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
            statement.execute("create database " + DATABASE + " character set utf8mb4");
        }
        return dataSource(SERVER + DATABASE);
    }

    private static UrlDataSource dataSource(String url) {
        UrlDataSource dataSource = new UrlDataSource();
        dataSource.setUrl(url);
        dataSource.setUser("root");
        dataSource.setPassword("");
        return dataSource;
    }
}

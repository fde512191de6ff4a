package app.marquee.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Brings the schema up to date with Flyway while Hibernate builds its session factory.
 *
 * <p>Payara creates the persistence unit while it deploys the application, before any startup bean
 * runs, and Hibernate validates the mapping against the schema at the end of that same step. An
 * integrator runs earlier in it, so migrating here means validation always sees the migrated
 * schema, in the container and in plain JPA tests alike, with the pool Hibernate was given.
 */
public final class SchemaMigrator implements Integrator {

    static final String LOCATION = "classpath:db/migration";

    /**
     * Migrations that differ by database, beside the shared ones: PostgreSQL's indexes on
     * expressions and trigrams, which H2 and MariaDB cannot build (they get a portable version).
     */
    static final String POSTGRESQL_LOCATION = "classpath:db/postgresql";

    static final String PORTABLE_LOCATION = "classpath:db/portable";

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    // Hibernate creates the integrator itself, outside CDI; the readiness check reads what it reached.
    private static volatile String migratedVersion;

    @Override
    public void integrate(
            Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        ConnectionProvider connections = sessionFactory.getServiceRegistry().requireService(ConnectionProvider.class);
        if (!connections.isUnwrappableAs(DataSource.class)) {
            throw new IllegalStateException("Marquee needs a DataSource to migrate its schema; got "
                    + connections.getClass().getName());
        }
        migrate(connections.unwrap(DataSource.class));
    }

    /** Applies every pending migration and returns how many ran. */
    public static int migrate(DataSource dataSource) {
        String product = productName(dataSource);
        MigrateResult result = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION, product.contains("postgresql") ? POSTGRESQL_LOCATION : PORTABLE_LOCATION)
                .placeholders(placeholders(product))
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        migratedVersion = version;
        LOG.info(() -> "Schema migrations: " + result.migrationsExecuted + " applied, now at version " + version + " ("
                + result.database + ")");
        return result.migrationsExecuted;
    }

    /** The values of the placeholders the migrations use, for the database named {@code product}. */
    static Map<String, String> placeholders(String product) {
        boolean mariaDb = product.contains("mariadb") || product.contains("mysql");
        return Map.of(
                "timestamp",
                timestampType(mariaDb),
                "binaryText",
                binaryText(mariaDb),
                "tinyint",
                product.contains("postgresql") ? "SMALLINT" : "TINYINT");
    }

    /**
     * The column type for a point in time (stored as UTC): TIMESTAMP(6), except on MariaDB, whose
     * TIMESTAMP stops in 2038 and whose DATETIME holds the same values as the others' TIMESTAMP.
     */
    static String timestampType(boolean mariaDb) {
        return mariaDb ? "DATETIME(6)" : "TIMESTAMP(6)";
    }

    /**
     * What makes a text column compare exactly, character by character, as PostgreSQL's and H2's do
     * without being told: nothing there, a binary collation on MariaDB, whose default collation
     * ignores case and accents.
     */
    static String binaryText(boolean mariaDb) {
        return mariaDb ? "CHARACTER SET utf8mb4 COLLATE utf8mb4_bin" : "";
    }

    /** The database's product name in lower case, read once per migration. */
    private static String productName(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read which database the schema is in", e);
        }
    }

    /** The schema version the last migration in this class loader brought the database to; empty before it ran. */
    public static Optional<String> migratedVersion() {
        return Optional.ofNullable(migratedVersion);
    }

    @Override
    public void disintegrate(
            SessionFactoryImplementor sessionFactory,
            org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to undo
    }
}

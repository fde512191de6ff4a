package app.marquee.schema;

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

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        ConnectionProvider connections = sessionFactory.getServiceRegistry().requireService(ConnectionProvider.class);
        if (!connections.isUnwrappableAs(DataSource.class)) {
            throw new IllegalStateException("Marquee needs a DataSource to migrate its schema; got "
                    + connections.getClass().getName());
        }
        migrate(connections.unwrap(DataSource.class));
    }

    /** Applies every pending migration and returns how many ran. */
    public static int migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .load()
                .migrate();
        LOG.info(() -> "Schema migrations: " + result.migrationsExecuted + " applied, now at version "
                + (result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion)
                + " (" + result.database + ")");
        return result.migrationsExecuted;
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
            org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to undo
    }
}

package app.marquee.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl;

/**
 * Hibernate's data-source connection provider, counting the connections it holds at this moment.
 * Every database access of Marquee goes through Hibernate, so this is how much of the container's
 * pool the application uses; the pool itself does not tell a deployed application
 * (persistence.xml names this class; the web module publishes the count as a metric).
 */
public class CountingConnectionProvider extends DatasourceConnectionProviderImpl {

    private final AtomicInteger inUse = new AtomicInteger();

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = super.getConnection();
        inUse.incrementAndGet();
        return connection;
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        inUse.decrementAndGet();
        super.closeConnection(connection);
    }

    /** Connections handed out and not yet given back. */
    public int inUse() {
        return inUse.get();
    }
}

package app.marquee.web.ops;

import app.marquee.persistence.CountingConnectionProvider;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.stat.Statistics;

/**
 * Publishes the connection pool's use and Hibernate's statistics as gauges, read when
 * {@code /metrics} is scraped. Hibernate's numbers count since the start (or since a test cleared
 * them), so they are gauges of running totals rather than counters the application increments.
 */
@WebListener
public class PersistenceMetrics implements ServletContextListener {

    static final String POOL_IN_USE = "marquee.db.pool.in-use";

    @PersistenceUnit(unitName = "marquee")
    EntityManagerFactory entityManagerFactory;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "marquee.db.pool.size", defaultValue = "5")
    int poolSize;

    @Inject
    @ConfigProperty(name = "marquee.db.pool.max-size", defaultValue = "15")
    int poolMaxSize;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        // Resolved now, inside the application: the injected factory is a container wrapper that finds
        // the real one through the calling component, and /metrics calls the gauges from Payara's own.
        SessionFactoryImplementor sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
        Statistics statistics = sessionFactory.getStatistics();
        ConnectionProvider provider = sessionFactory.getServiceRegistry().getService(ConnectionProvider.class);
        if (provider instanceof CountingConnectionProvider counting) {
            metrics.gauge(POOL_IN_USE, counting::inUse);
        }
        int steady = poolSize;
        int max = poolMaxSize;
        metrics.gauge("marquee.db.pool.size", () -> steady);
        metrics.gauge("marquee.db.pool.max-size", () -> max);

        statistic(statistics, "marquee.hibernate.queries", Statistics::getQueryExecutionCount);
        statistic(statistics, "marquee.hibernate.statements", Statistics::getPrepareStatementCount);
        statistic(statistics, "marquee.hibernate.connections", Statistics::getConnectCount);
        statistic(statistics, "marquee.hibernate.transactions", Statistics::getTransactionCount);
        statistic(statistics, "marquee.hibernate.optimistic-failures", Statistics::getOptimisticFailureCount);
        statistic(statistics, "marquee.hibernate.entity.loads", Statistics::getEntityLoadCount);
        statistic(statistics, "marquee.hibernate.entity.inserts", Statistics::getEntityInsertCount);
        statistic(statistics, "marquee.hibernate.entity.updates", Statistics::getEntityUpdateCount);
        statistic(statistics, "marquee.hibernate.entity.deletes", Statistics::getEntityDeleteCount);
        statistic(statistics, "marquee.hibernate.sessions.opened", Statistics::getSessionOpenCount);
    }

    private void statistic(Statistics statistics, String name, ToLongFunction<Statistics> value) {
        metrics.gauge(name, () -> value.applyAsLong(statistics));
    }
}

package app.marquee.web.ops;

import app.marquee.schema.SchemaMigrator;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers a trivial query within a second and its schema is at the version
 * this build migrated it to. The query reads Flyway's history, so one round trip checks both.
 *
 * <p>The check runs on a thread of its own and is given up after a second: a database that
 * hangs (rather than refusing connections) would otherwise hold the probe for the pool's whole
 * wait. While one check is still running, later probes wait for that one instead of starting more,
 * unless it has been running for longer than {@value #ABANDON_AFTER_MILLIS} ms: a check stuck on a
 * dead connection must not keep readiness down once the database is back.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";
    private static final long TIMEOUT_MILLIS = 1000;
    private static final long ABANDON_AFTER_MILLIS = 5000;
    // Flyway names its table and columns in lower case, which H2 keeps only when they are quoted; the
    // quote character is the database's (MariaDB's is a backtick).
    private static final String LATEST_MIGRATION =
            "SELECT {version} FROM {flyway_schema_history}" + " WHERE {success} = TRUE ORDER BY {installed_rank} DESC";

    @Resource(lookup = "java:app/jdbc/marquee")
    DataSource dataSource;

    // Plain daemon threads, not the container's managed ones: Payara calls health checks from its own
    // health web module, whose context a managed thread would take on, and that module is disabled
    // ("Module __default-web-module is disabled"), so the task never ran. The check needs no context:
    // the data source is resolved at injection.
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "marquee-readiness");
        thread.setDaemon(true);
        return thread;
    });

    private CompletableFuture<HealthCheckResponse> running;
    private long runningSince;

    @Override
    public HealthCheckResponse call() {
        CompletableFuture<HealthCheckResponse> check = currentCheck();
        try {
            return check.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return down("no answer within " + TIMEOUT_MILLIS + " ms");
        } catch (ExecutionException e) {
            return down(e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        }
    }

    private synchronized CompletableFuture<HealthCheckResponse> currentCheck() {
        long now = System.nanoTime();
        if (running == null || running.isDone() || now - runningSince > ABANDON_AFTER_MILLIS * 1_000_000) {
            running = CompletableFuture.supplyAsync(this::query, threads);
            runningSince = now;
        }
        return running;
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }

    private HealthCheckResponse query() {
        Optional<String> expected = SchemaMigrator.migratedVersion();
        if (expected.isEmpty()) {
            return down("the schema migrations have not run");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(quoted(connection, LATEST_MIGRATION))) {
            statement.setQueryTimeout(1);
            statement.setMaxRows(1);
            try (ResultSet rows = statement.executeQuery()) {
                String actual = rows.next() ? rows.getString(1) : null;
                if (!expected.get().equals(actual)) {
                    return down("schema at version " + actual + ", expected " + expected.get());
                }
                return HealthCheckResponse.named(NAME)
                        .up()
                        .withData("schemaVersion", actual)
                        .build();
            }
        } catch (SQLException | RuntimeException e) {
            // Only the kind of failure: the message may carry the URL or the user name.
            return down(e.getClass().getSimpleName());
        }
    }

    private static String quoted(Connection connection, String sql) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString().strip();
        return sql.replaceAll("\\{(\\w+)}", quote + "$1" + quote);
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named(NAME).down().withData("reason", reason).build();
    }
}

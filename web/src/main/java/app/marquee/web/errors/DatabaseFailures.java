package app.marquee.web.errors;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** Tells a database that cannot be reached apart from other failures, by the cause chain. */
final class DatabaseFailures {

    /**
     * Failures (and their subclasses) that mean the connection went away, named rather than imported
     * where they are the container's. A connection that breaks as a transaction commits surfaces as
     * the transaction manager's RollbackException or SystemException, or the resource adapter's
     * LocalTransactionException, often without the driver's SQLException as their cause.
     */
    private static final Set<String> UNAVAILABLE = Set.of(
            "jakarta.resource.ResourceException",
            "jakarta.transaction.RollbackException",
            "jakarta.transaction.SystemException",
            "org.hibernate.exception.JDBCConnectionException");

    private DatabaseFailures() {}

    static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true; // SQLSTATE class 08: connection exception
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("57P")) {
                return true; // 57P01-57P03: the server is shutting down, crashed or not accepting connections yet
            }
            for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
                if (UNAVAILABLE.contains(type.getName()) || type.getName().endsWith("PoolingException")) {
                    return true;
                }
            }
        }
        return false;
    }
}

package app.marquee.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Locale;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The two ways a write can lose a race with another transaction that committed first, as the
 * repositories see them when they flush: the row's version moved on (optimistic locking), or a
 * unique key now holds the value. A repository checks both before it writes, and these catch what
 * changed between that check and the write, so that callers get the same answer either way.
 */
public final class WriteConflicts {

    private WriteConflicts() {}

    /**
     * Flushes the unit of work's changes.
     *
     * @throws StaleEditException if a row being updated or deleted was changed or deleted by another
     *     transaction since it was read ({@code kind} and {@code id} name the record being edited)
     */
    public static void flush(EntityManager em, String kind, Object id) {
        try {
            em.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw lostRace(kind, id, e);
        }
    }

    /**
     * Locks the entity's row for the rest of the transaction, checking that it is still at the version
     * this unit of work read.
     *
     * @throws StaleEditException if another transaction changed or deleted the row since it was read
     */
    public static void lock(EntityManager em, Object entity, String kind, Object id) {
        try {
            em.lock(entity, LockModeType.PESSIMISTIC_WRITE);
        } catch (OptimisticLockException | StaleStateException e) {
            throw lostRace(kind, id, e);
        }
    }

    private static StaleEditException lostRace(String kind, Object id, RuntimeException cause) {
        StaleEditException stale =
                new StaleEditException(kind, id, "another edit was saved while this one was being written");
        stale.initCause(cause);
        return stale;
    }

    /**
     * Whether the failure is the database refusing a write because of the named unique key (or other
     * constraint). Databases and drivers report the name differently (H2 upper-cases it and names its
     * index, MySQL-style messages quote {@code table.key}), so the name is looked for, ignoring case, in
     * the constraint name Hibernate extracted and in the driver's messages.
     */
    public static boolean violates(PersistenceException failure, String constraintName) {
        String name = constraintName.toLowerCase(Locale.ROOT);
        boolean constraintViolation = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                constraintViolation = true;
                if (mentions(violation.getConstraintName(), name)) {
                    return true;
                }
            }
            if (constraintViolation && cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (mentions(next.getMessage(), name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean mentions(String text, String lowerCaseName) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerCaseName);
    }
}

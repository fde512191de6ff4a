package app.marquee.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * A unit of work that only reads, such as a listing: what Hibernate loads in it is read-only (no
 * copy of each entity's state is kept for dirty checking), its queries do not flush first, and on
 * {@link #close()} the loaded entities are let go, fully loaded, so that the commit has nothing to
 * check. A listing page loads dozens of entities; under load, keeping their snapshots and checking
 * them all again at commit was about a tenth of the server's CPU time for {@code /movies}.
 *
 * <p>Only for a repository method that is a unit of work of its own and returns what its queries
 * fetched: closing clears the persistence context. The session's settings come back on close, for
 * an entity manager that lives longer than the transaction (as in the dialect tests).
 */
public final class ReadOnlyWork implements AutoCloseable {

    private final Session session;
    private final boolean wasReadOnly;
    private final FlushMode flushMode;

    private ReadOnlyWork(Session session) {
        this.session = session;
        this.wasReadOnly = session.isDefaultReadOnly();
        this.flushMode = session.getHibernateFlushMode();
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }

    /** Starts reading only, until {@link #close()}. */
    public static ReadOnlyWork begin(EntityManager em) {
        return new ReadOnlyWork(em.unwrap(Session.class));
    }

    @Override
    public void close() {
        session.clear();
        session.setHibernateFlushMode(flushMode);
        session.setDefaultReadOnly(wasReadOnly);
    }
}

package app.marquee.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's own gauges for the soak test ({@code GET it/runtime}): heap in use after a full
 * garbage collection, live threads, open HTTP sessions of the application and connections open to
 * the database. The test runs outside the server's JVM, so it asks here. Part of the test
 * deployment only.
 */
@WebServlet("/it/runtime")
public class RuntimeSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Gauges gauges;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var memory = ManagementFactory.getMemoryMXBean();
        // Twice: the first collection may only queue finalizable objects that the second frees.
        memory.gc();
        memory.gc();
        response.setContentType("application/json");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("heapAfterGcBytes", memory.getHeapMemoryUsage().getUsed())
                        .add("threads", ManagementFactory.getThreadMXBean().getThreadCount())
                        .add("sessions", Sessions.OPEN.get())
                        .add("databaseConnections", gauges.databaseConnections())
                        .build()
                        .toString());
    }

    /** Counts the application's open HTTP sessions. */
    @WebListener
    public static class Sessions implements HttpSessionListener {

        static final AtomicInteger OPEN = new AtomicInteger();

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            OPEN.incrementAndGet();
        }

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            OPEN.decrementAndGet();
        }
    }

    /** What only a database query can tell. */
    @ApplicationScoped
    public static class Gauges {

        @Inject
        EntityManager em;

        /** Connections open to the test database (PostgreSQL's own view), the one asking included. */
        @Transactional
        public long databaseConnections() {
            return ((Number) em.createNativeQuery(
                                    "select count(*) from pg_stat_activity where datname = current_database()")
                            .getSingleResult())
                    .longValue();
        }
    }
}

package app.marquee.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Lets client-side tests read what the server logs: every record of every logger, as
 * {@code thread name | logger | message}, followed by the chain of causes of a logged failure, from {@code POST it/log} until {@code DELETE it/log}. Part
 * of the test deployment only; a plain servlet, not a page of the application, so no sign-in guards it.
 */
@WebServlet("/it/log")
public class LogCaptureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient List<String> lines = new CopyOnWriteArrayList<>();
    private final transient SimpleFormatter formatter = new SimpleFormatter();
    private transient volatile Level minimum = Level.ALL;
    private final transient Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() < minimum.intValue()) {
                return;
            }
            // Handlers run on the thread that logs, so this is the name the log line shows.
            lines.add(Thread.currentThread().getName() + " | " + record.getLoggerName() + " | "
                    + formatter.formatMessage(record) + thrown(record.getThrown()));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    /** The failure's chain of causes, one {@code class: message} each, or nothing. */
    private static String thrown(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = failure; t != null && chain.length() < 2000; t = t.getCause() == t ? null : t.getCause()) {
            chain.append(" | caused by ")
                    .append(t.getClass().getName())
                    .append(": ")
                    .append(t.getMessage());
        }
        return chain.toString();
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        lines.clear();
        // ?level=SEVERE keeps only what long runs need, so that the capture does not grow the heap.
        String level = request.getParameter("level");
        minimum = level == null ? Level.ALL : Level.parse(level);
        Logger.getLogger("").removeHandler(handler); // once only, if a test starts again
        Logger.getLogger("").addHandler(handler);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(String.join("\n", lines));
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
        Logger.getLogger("").removeHandler(handler);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}

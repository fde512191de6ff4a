package app.marquee.web.pages;

import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/**
 * The answer to a page's write that was based on an older version than the stored one: someone else
 * saved or changed the record after the form or confirmation page was shown. Nothing was written;
 * the page comes back with 409 as the record is now, so that a retry is based on the current
 * version, and with the conflict alert ({@code fragments/conflict.html}) listing what the user had
 * entered.
 */
public final class StaleEdits {

    private StaleEdits() {}

    /**
     * Renders {@code view}, whose model the caller has already filled with the current values, with
     * 409 and the conflict alert.
     *
     * @param submitted what the user had entered, for the alert to list; null on a confirmation page,
     *     which has nothing to lose
     */
    public static Response conflict(HttpServletResponse servletResponse, Models models, Object submitted, String view) {
        models.put("conflict", true);
        if (submitted != null) {
            models.put("submitted", submitted);
        }
        return Views.render(servletResponse, Status.CONFLICT, view);
    }
}

package app.marquee.web.pages;

import jakarta.inject.Named;
import jakarta.mvc.RedirectScoped;
import java.io.Serializable;

/**
 * The one-line message shown on the page a successful form redirects to ("Movie "Furious 7" saved").
 * Redirect-scoped, so it survives exactly one Post/Redirect/Get and a reload does not show it again.
 * Not named {@code flash}: Payara's Faces implementation already owns that name.
 */
@Named("flashMessages")
@RedirectScoped
public class FlashMessages implements Serializable {

    private static final long serialVersionUID = 1L;

    private String message;

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}

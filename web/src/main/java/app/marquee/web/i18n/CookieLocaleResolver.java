package app.marquee.web.i18n;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mvc.locale.LocaleResolver;
import jakarta.mvc.locale.LocaleResolverContext;
import java.util.Locale;

/** The language of the pages for Jakarta MVC (and so for the templates): {@link Languages#of}. */
@ApplicationScoped
@Priority(1000)
public class CookieLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(LocaleResolverContext context) {
        jakarta.ws.rs.core.Cookie chosen = context.getCookie(Languages.COOKIE);
        return Languages.of(chosen == null ? null : chosen.getValue(), context.getAcceptableLanguages());
    }
}

package app.marquee.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.MvcContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;

/**
 * The texts a page's controller builds (flash messages, messages beside form fields), in the
 * page's language: Jakarta MVC's locale, which {@link CookieLocaleResolver} chose; outside an MVC
 * request the same choice made from the servlet request.
 */
@RequestScoped
public class PageTexts {

    @Inject
    MvcContext mvc;

    @Inject
    HttpServletRequest request;

    @Inject
    ValidatorFactory validation;

    private Validator validator;

    /** The page's language. */
    public Locale locale() {
        Locale locale = mvc.getLocale();
        return locale != null ? locale : Languages.of(request);
    }

    /** The text of {@code key} in the page's language, with its parameters. */
    public String text(String key, Object... parameters) {
        return Texts.get(locale(), key, parameters);
    }

    /** A validator whose messages are in the page's language. */
    public Validator validator() {
        if (validator == null) {
            validator = LocaleInterpolator.validator(validation, locale());
        }
        return validator;
    }
}

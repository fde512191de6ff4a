package app.marquee.web.i18n;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;

/**
 * Bean Validation messages ({@code ValidationMessages.properties}, {@code ValidationMessages_de.properties})
 * in one language, whatever the JVM's default locale: every message is interpolated for the
 * language given. English is read from the base bundle (asked for as {@link Locale#ROOT}), so a
 * server with a German default locale still answers an English request in English.
 */
public final class LocaleInterpolator implements MessageInterpolator {

    private final MessageInterpolator delegate;
    private final Locale locale;

    public LocaleInterpolator(MessageInterpolator delegate, Locale locale) {
        this.delegate = delegate;
        this.locale = Languages.DEFAULT.getLanguage().equals(locale.getLanguage()) ? Locale.ROOT : locale;
    }

    /** A validator whose messages are in this language. */
    public static Validator validator(ValidatorFactory factory, Locale locale) {
        return factory.usingContext()
                .messageInterpolator(new LocaleInterpolator(factory.getMessageInterpolator(), locale))
                .getValidator();
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return delegate.interpolate(messageTemplate, context, locale);
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale ignored) {
        return delegate.interpolate(messageTemplate, context, locale);
    }
}

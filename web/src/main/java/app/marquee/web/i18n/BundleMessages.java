package app.marquee.web.i18n;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/**
 * Thymeleaf's {@code #{key}} and {@code #{key(param)}} read Marquee's bundles in the page's language.
 * A key no bundle has shows as {@code ??key_de??}, which the bundle tests look for.
 */
public class BundleMessages extends AbstractMessageResolver {

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        return Texts.find(context.getLocale(), key, messageParameters);
    }

    @Override
    public String createAbsentMessageRepresentation(
            ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        return "??" + key + "_" + context.getLocale().getLanguage() + "??";
    }
}

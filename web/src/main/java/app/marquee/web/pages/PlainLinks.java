package app.marquee.web.pages;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Thymeleaf's links ({@code @{...}}) without the servlet's URL rewriting. A session travels only in
 * its cookie (web.xml's tracking mode), and a URL with {@code ;jsessionid=} is refused, so there is
 * nothing for {@code encodeURL} to add; asking it anyway, with its session checks, for each of the
 * hundred links of a listing page was a few percent of the server's CPU time under load.
 */
final class PlainLinks extends StandardLinkBuilder {

    @Override
    protected String processLink(IExpressionContext context, String link) {
        return link;
    }
}

package app.marquee.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The footer's language switch for templates ({@code ${languages.links(request)}}): one link per
 * language, back to the page it is on (path and query, never the Host).
 */
@Named("languages")
@ApplicationScoped
public class LanguageLinks {

    /** A language of the switch: its code, its own name, where the link goes, whether it is the page's. */
    public record Link(String code, String name, String url, boolean current) {
        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public String getUrl() {
            return url;
        }

        public boolean isCurrent() {
            return current;
        }
    }

    public List<Link> links(HttpServletRequest request, Locale current) {
        String here = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String next = URLEncoder.encode(here.isEmpty() ? "/" : here, StandardCharsets.UTF_8);
        return Languages.SUPPORTED.stream()
                .map(language -> new Link(
                        language.getLanguage(),
                        language.getDisplayLanguage(language),
                        "/language?to=" + language.getLanguage() + "&next=" + next,
                        language.getLanguage().equals(current.getLanguage())))
                .toList();
    }
}

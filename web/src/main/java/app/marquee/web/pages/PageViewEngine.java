package app.marquee.web.pages;

import app.marquee.web.i18n.BundleMessages;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.mvc.engine.ViewEngine;
import jakarta.mvc.engine.ViewEngineContext;
import jakarta.mvc.engine.ViewEngineException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.krazo.engine.ViewEngineBase;
import org.eclipse.krazo.engine.ViewEngineConfig;
import org.eclipse.krazo.ext.thymeleaf.JakartaServletWebApplicationWrapper;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.LazyContextVariable;
import org.thymeleaf.util.FastStringWriter;
import org.thymeleaf.web.IWebExchange;

/**
 * Renders the pages' Thymeleaf templates as Krazo's own Thymeleaf engine does (same template engine,
 * same variables: the models, {@code request} and the CDI beans with a {@code @Named} name), with
 * one difference: which names are CDI beans is worked out once, not for every page.
 *
 * <p>Krazo's engine asks the bean manager for every bean of the application on each page view, to
 * learn which of them have names; under load that was about 6% of the server's CPU time. The beans
 * of an application do not change while it runs. Krazo uses the view engine with the highest
 * priority that supports a view, and this one's is above Krazo's.
 */
@ApplicationScoped
@Priority(ViewEngine.PRIORITY_APPLICATION)
public class PageViewEngine extends ViewEngineBase {

    @Inject
    BeanManager beanManager;

    @Inject
    @ViewEngineConfig
    TemplateEngine engine;

    @Inject
    JakartaServletWebApplicationWrapper application;

    /** Enough for a listing page of 20 rows without growing. */
    private static final int RENDER_BUFFER = 32 * 1024;

    private volatile Map<String, Bean<?>> namedBeans;

    /** Texts come from Marquee's bundles ({@code #{key}}), in the page's language; links are not rewritten. */
    @PostConstruct
    void readMessagesFromTheBundles() {
        if (!engine.isInitialized()) {
            engine.setMessageResolver(new BundleMessages());
            engine.setLinkBuilder(new PlainLinks());
        }
    }

    @Override
    public boolean supports(String view) {
        return view.endsWith(".html");
    }

    @Override
    public void processView(ViewEngineContext context) throws ViewEngineException {
        HttpServletRequest request = context.getRequest(HttpServletRequest.class);
        HttpServletResponse response = context.getResponse(HttpServletResponse.class);
        PageContext page =
                new PageContext(application.get().buildExchange(request, response), context.getLocale(), namedBeans());
        page.variables.putAll(context.getModels().asMap());
        page.variables.put("request", request);
        try {
            // Rendered into memory, then sent as one block: PageWriter gives the engine the entity
            // stream itself, not the byte-by-byte writer of Krazo's response wrapper.
            FastStringWriter html = new FastStringWriter(RENDER_BUFFER);
            engine.process(resolveView(context), page, html);
            context.getOutputStream().write(html.toString().getBytes(charsetOf(context.getMediaType())));
        } catch (IOException e) {
            throw new ViewEngineException(e);
        } finally {
            page.release();
        }
    }

    /** The charset Krazo announced in the page's Content-Type, UTF-8 unless a view asked for another. */
    private static Charset charsetOf(MediaType type) {
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset);
    }

    private Map<String, Bean<?>> namedBeans() {
        Map<String, Bean<?>> named = namedBeans;
        if (named == null) {
            named = beanManager.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                    .filter(bean -> bean.getName() != null)
                    .collect(Collectors.toUnmodifiableMap(Bean::getName, bean -> bean, (first, second) -> first));
            namedBeans = named;
        }
        return named;
    }

    /** One page view's variables; a named bean is looked up only when the template reads it. */
    private final class PageContext implements IWebContext {

        private final IWebExchange exchange;
        private final Locale locale;
        private final Map<String, Bean<?>> beans;
        private final Map<String, Object> variables = new HashMap<>();
        private final List<CreationalContext<?>> created = new ArrayList<>();

        PageContext(IWebExchange exchange, Locale locale, Map<String, Bean<?>> beans) {
            this.exchange = exchange;
            this.locale = locale;
            this.beans = beans;
        }

        @Override
        public IWebExchange getExchange() {
            return exchange;
        }

        @Override
        public Locale getLocale() {
            return locale;
        }

        @Override
        public boolean containsVariable(String name) {
            return variables.containsKey(name) || beans.containsKey(name);
        }

        @Override
        public Set<String> getVariableNames() {
            Set<String> names = new HashSet<>(variables.keySet());
            names.addAll(beans.keySet());
            return names;
        }

        @Override
        public Object getVariable(String name) {
            if (variables.containsKey(name)) {
                return variables.get(name);
            }
            Bean<?> bean = beans.get(name);
            if (bean == null) {
                return null;
            }
            return new LazyContextVariable<Object>() {
                @Override
                protected Object loadValue() {
                    CreationalContext<?> context = beanManager.createCreationalContext(bean);
                    created.add(context);
                    return beanManager.getReference(bean, bean.getBeanClass(), context);
                }
            };
        }

        /** Ends the dependent beans the page created. */
        void release() {
            created.forEach(CreationalContext::release);
        }
    }
}

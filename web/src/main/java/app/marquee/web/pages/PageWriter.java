package app.marquee.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.mvc.engine.ViewEngineException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ServerErrorException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.krazo.core.HttpCommunicationUnwrapper;
import org.eclipse.krazo.engine.ViewEngineContextImpl;
import org.eclipse.krazo.engine.Viewable;
import org.eclipse.krazo.lifecycle.EventDispatcher;
import org.eclipse.krazo.util.ServiceLoaders;

/**
 * Writes the pages: a controller's view is rendered by {@link PageViewEngine} straight onto the
 * response's entity stream, in one block, in place of Krazo's view writer.
 *
 * <p>Krazo's writer hands the engine an output stream that passes every byte on by itself
 * ({@code write(int)}, through Jersey's and Payara's streams, each checking its state per byte) and
 * looks its service files up again on every request; in a profile of {@code /movies} under load
 * that was about a seventh of the server's CPU time. This does what the writer does for Marquee's
 * views: the models (the request's, or the view's own), its view events (which end the redirect scope), {@code mvc} for the forms' CSRF field, the
 * request's locale, and a Content-Type with its charset. A view no engine of Marquee's supports is
 * left to Krazo. As the page is rendered to memory first, a page that fails halfway sends nothing,
 * and the error page can still take its place.
 */
@Provider
@Priority(Priorities.USER + 1000)
public class PageWriter implements WriterInterceptor {

    @Inject
    PageViewEngine engine;

    @Inject
    Instance<Models> requestModels;

    @Inject
    MvcContext mvc;

    /** Krazo's view events: its redirect scope (the flash messages) ends when a page has been rendered. */
    @Inject
    EventDispatcher events;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Context
    UriInfo uriInfo;

    @Context
    ResourceInfo resourceInfo;

    @Context
    Configuration configuration;

    /**
     * What turns Jersey's injected request and response (proxies that look the current request up
     * on every call) into the container's own objects, which the template engine reads many times
     * per page. Krazo's writer looks these services up for every page; they do not change.
     */
    private List<HttpCommunicationUnwrapper> unwrappers;

    @PostConstruct
    void findUnwrappers() {
        unwrappers = List.copyOf(ServiceLoaders.list(HttpCommunicationUnwrapper.class));
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getEntity() instanceof Viewable viewable) || !engine.supports(viewable.getView())) {
            context.proceed();
            return;
        }
        Models models = viewable.getModels() != null ? viewable.getModels() : requestModels.get();
        models.put("mvc", mvc);
        MediaType type = context.getMediaType() == null ? MediaType.TEXT_HTML_TYPE : context.getMediaType();
        if (!type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
            type = type.withCharset(StandardCharsets.UTF_8.name());
        }
        context.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, type);
        events.fireBeforeProcessViewEvent(engine, viewable);
        try {
            engine.processView(new ViewEngineContextImpl(
                    viewable.getView(),
                    models,
                    request,
                    response,
                    context.getHeaders(),
                    context.getOutputStream(),
                    type,
                    uriInfo,
                    resourceInfo,
                    configuration,
                    mvc.getLocale()));
        } catch (ViewEngineException e) {
            // as Krazo's writer answers a view that cannot be rendered
            throw new ServerErrorException(Response.Status.INTERNAL_SERVER_ERROR, e);
        } finally {
            events.fireAfterProcessViewEvent(engine, viewable);
        }
    }

    private HttpServletRequest unwrapped(HttpServletRequest proxy) {
        for (HttpCommunicationUnwrapper unwrapper : unwrappers) {
            if (unwrapper.supports(proxy)) {
                return unwrapper.unwrapRequest(proxy, HttpServletRequest.class);
            }
        }
        return proxy;
    }

    private HttpServletResponse unwrapped(HttpServletResponse proxy) {
        for (HttpCommunicationUnwrapper unwrapper : unwrappers) {
            if (unwrapper.supports(proxy)) {
                return unwrapper.unwrapResponse(proxy, HttpServletResponse.class);
            }
        }
        return proxy;
    }
}

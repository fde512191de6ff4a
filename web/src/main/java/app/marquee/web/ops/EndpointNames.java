package app.marquee.web.ops;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Names the page or API endpoint a request matched by its route template ({@code GET /movies/{id}}),
 * for the request metrics: one series per endpoint, not one per id. It runs after matching, before
 * the token check, so refused requests are named too.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class EndpointNames implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method != null) {
            request.setProperty(
                    RequestLog.ENDPOINT,
                    request.getMethod() + " "
                            + template(
                                    resource.getResourceClass().getAnnotation(Path.class),
                                    method.getAnnotation(Path.class)));
        }
    }

    static String template(Path type, Path method) {
        String path = "/" + strip(type) + "/" + strip(method);
        path = path.replaceAll("/+", "/");
        // {id: [0-9]+} -> {id}: the regular expression is no part of the name.
        path = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String strip(Path path) {
        return path == null ? "" : path.value().strip();
    }
}

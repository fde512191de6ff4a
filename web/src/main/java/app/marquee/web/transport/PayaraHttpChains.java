package app.marquee.web.transport;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.grizzly.Transport;
import org.glassfish.grizzly.filterchain.FilterChain;

/**
 * The Grizzly filter chain of each of Payara's running network listeners, by listener name
 * ({@code http-listener}, and {@code https-listener} when there is one).
 *
 * <p>Payara's own classes are reached by reflection: they are internal, not published for
 * applications, and naming them at compile time would tie the build to Payara's internal artifacts.
 * The path, from Payara 6.2025.10: {@code Globals.getDefaultHabitat()} (the HK2 service locator) →
 * {@code GrizzlyService.lookupNetworkProxy(NetworkListener)} → {@code GrizzlyProxy.getUnderlyingListener()}
 * → {@code GenericGrizzlyListener.getTransport()} → the transport's processor, the filter chain.
 * A Payara that changes any of it makes {@link #byListener()} throw, and Marquee runs without the
 * filter ({@link UndecodableRequestsInstaller}).
 */
final class PayaraHttpChains {

    private PayaraHttpChains() {}

    static Map<String, FilterChain> byListener() throws ReflectiveOperationException {
        Class<?> globals = load("org.glassfish.internal.api.Globals");
        Class<?> serviceLocator = load("org.glassfish.hk2.api.ServiceLocator");
        Class<?> grizzlyService = load("com.sun.enterprise.v3.services.impl.GrizzlyService");
        Class<?> grizzlyProxy = load("com.sun.enterprise.v3.services.impl.GrizzlyProxy");
        Class<?> grizzlyListener = load("org.glassfish.grizzly.config.GenericGrizzlyListener");
        Class<?> networkListener = load("org.glassfish.grizzly.config.dom.NetworkListener");

        Object locator = globals.getMethod("getDefaultHabitat").invoke(null);
        if (locator == null) {
            throw new IllegalStateException("Payara's service locator is not available");
        }
        Object grizzly = serviceLocator
                .getMethod("getService", Class.class, Annotation[].class)
                .invoke(locator, grizzlyService, new Annotation[0]);
        List<?> listeners = (List<?>) serviceLocator
                .getMethod("getAllServices", Class.class, Annotation[].class)
                .invoke(locator, networkListener, new Annotation[0]);
        Method lookupProxy = grizzlyService.getMethod("lookupNetworkProxy", networkListener);
        Method name = networkListener.getMethod("getName");
        Method underlying = grizzlyProxy.getMethod("getUnderlyingListener");
        Method transport = grizzlyListener.getMethod("getTransport");

        Map<String, FilterChain> chains = new LinkedHashMap<>();
        for (Object listener : listeners) {
            Object proxy = lookupProxy.invoke(grizzly, listener);
            if (!grizzlyProxy.isInstance(proxy)) {
                continue; // not started (disabled), or not served by Grizzly
            }
            Object started = underlying.invoke(proxy);
            if (grizzlyListener.isInstance(started)
                    && transport.invoke(started) instanceof Transport running
                    && running.getProcessor() instanceof FilterChain chain) {
                chains.put(String.valueOf(name.invoke(listener)), chain);
            }
        }
        return chains;
    }

    // Through the WAR's class loader, which delegates to Payara's for these.
    private static Class<?> load(String name) throws ClassNotFoundException {
        return Class.forName(name, false, PayaraHttpChains.class.getClassLoader());
    }
}

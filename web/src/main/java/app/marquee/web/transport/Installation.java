package app.marquee.web.transport;

import java.util.logging.Logger;

/**
 * The Grizzly side of {@link UndecodableRequestsInstaller}, kept out of the listener class so that
 * a missing Grizzly or Payara class fails this call, which the listener catches, and not the loading
 * of the listener, which would stop the deployment.
 */
final class Installation {

    private static final Logger LOG = Logger.getLogger(UndecodableRequestsInstaller.class.getName());

    private Installation() {}

    static AutoCloseable install(boolean https) throws ReflectiveOperationException {
        FilterPlacement placement =
                FilterPlacement.place(new UndecodableRequests(https), PayaraHttpChains.byListener());
        if (placement.listeners().isEmpty()) {
            throw new IllegalStateException("no running HTTP network listener has Grizzly's HttpServerFilter");
        }
        LOG.info(() -> "Requests Payara cannot decode are refused with 400 on "
                + String.join(", ", placement.listeners()) + " (payara/Payara#8000)");
        FilterPlacement http1 = FilterPlacement.place(
                new CleartextHttp2(),
                PayaraHttpChains.byListener(),
                filter -> filter.getClass().getName().equals(CleartextHttp2.HTTP2_SERVER_FILTER));
        LOG.info(() -> "Cleartext HTTP/2 (h2c) is not offered on " + String.join(", ", http1.listeners())
                + ": requests stay HTTP/1.1");
        return () -> {
            try {
                http1.close();
            } finally {
                placement.close();
            }
        };
    }
}

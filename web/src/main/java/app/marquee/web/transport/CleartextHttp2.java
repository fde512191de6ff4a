package app.marquee.web.transport;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.Protocol;
import org.glassfish.grizzly.http.util.Header;

/**
 * Keeps plain-HTTP connections on HTTP/1.1: a request asking to switch to cleartext HTTP/2 ({@code
 * Upgrade: h2c}) is served as the HTTP/1.1 request it also is, and a connection that opens with the
 * HTTP/2 preface ({@code PRI * HTTP/2.0}, "prior knowledge") is closed.
 *
 * <p>Why: on Payara's cleartext HTTP/2, every request with a body (a form post, even an anonymous
 * one that is refused) leaves one {@code Http2Stream} on the heap that is never released, not even
 * when the connection closes: 4,000 anonymous posts left 3,997 of them, 8,000 left 7,994, so anyone
 * could fill the heap. Turning HTTP/2 off in the listener instead ({@code http2-enabled=false}) makes
 * Payara answer such a post 500. Browsers never use cleartext HTTP/2 (only over TLS, where a proxy in
 * front of Marquee speaks it), so nothing a person uses is lost.
 *
 * <p>It sits just before Grizzly's {@code Http2ServerFilter}, which makes the switch.
 */
public class CleartextHttp2 extends BaseFilter {

    static final String HTTP2_SERVER_FILTER = "org.glassfish.grizzly.http2.Http2ServerFilter";
    private static final Logger LOG = Logger.getLogger(CleartextHttp2.class.getName());

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        if (!(ctx.getMessage() instanceof HttpContent content)
                || !(content.getHttpHeader() instanceof HttpRequestPacket request)
                || request.getProtocol() == Protocol.HTTP_2_0 && !isPreface(request)) {
            return ctx.getInvokeAction();
        }
        if (isPreface(request)) {
            LOG.fine("Closed a connection that opened with the HTTP/2 preface: Marquee speaks HTTP/1.1 in cleartext");
            ctx.getConnection().closeSilently();
            return ctx.getStopAction();
        }
        if (request.isUpgrade() && request.getUpgrade().toLowerCase(Locale.ROOT).contains("h2c")) {
            request.getUpgradeDC().recycle();
            request.getHeaders().removeHeader(Header.Upgrade);
            request.getHeaders().removeHeader("HTTP2-Settings");
            String connection = request.getHeader(Header.Connection);
            if (connection != null) {
                String kept = Arrays.stream(connection.split(","))
                        .map(String::strip)
                        .filter(token ->
                                !token.equalsIgnoreCase("upgrade") && !token.equalsIgnoreCase("http2-settings"))
                        .collect(Collectors.joining(", "));
                request.getHeaders().removeHeader(Header.Connection);
                if (!kept.isEmpty()) {
                    request.getHeaders().setValue(Header.Connection).setString(kept);
                }
            }
        }
        return ctx.getInvokeAction();
    }

    private static boolean isPreface(HttpRequestPacket request) {
        return "PRI".equals(request.getMethod().getMethodString());
    }
}

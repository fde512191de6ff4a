package app.marquee.web.errors;

import app.marquee.web.MarqueeApplication;
import app.marquee.web.i18n.Languages;
import app.marquee.web.i18n.Texts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads every request body before the application does, so that what the frameworks would fail on
 * deep inside (with a 500) is refused first with a message:
 * <ul>
 *   <li>a body larger than {@link #MAX_BYTES}: 413, without reading more than that;</li>
 *   <li>a form whose encoding is broken ({@code title=probe%zz}), not UTF-8, or that carries control
 *       characters (a NUL reaches PostgreSQL as an error, not as text): 400;</li>
 *   <li>a form that sends a single-value field twice ({@code title=A&title=}): 400, since the
 *       frameworks would quietly take one of them;</li>
 *   <li>under {@code /api}, a body without a {@code Content-Type}: 415 (JAX-RS would take it for JSON);
 *       a body that is not UTF-8, which JSON must be: 400;</li>
 *   <li>a POST to a page whose body is not a form (JSON, plain text...): 415;</li>
 *   <li>a body on a request whose method takes none (GET, DELETE...): 400.</li>
 * </ul>
 * The application then reads the buffered copy, and a form's parameters come from it too.
 */
public class RequestBodies extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The largest body accepted: far above any form or JSON document Marquee takes (1 MiB). */
    public static final int MAX_BYTES = 1024 * 1024;

    /** How much of a refused body is still read, so that the client gets to see the refusal. */
    private static final long DRAIN_BYTES = 16L * 1024 * 1024;

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    /** The form fields that take several values: the movie form's cast checkboxes. */
    private static final Set<String> MULTI_VALUED = Set.of("cast");

    private static final String FORM = "application/x-www-form-urlencoded";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (declared <= 0 && !chunked) {
            chain.doFilter(request, response);
            return;
        }
        if (!WITH_BODY.contains(request.getMethod())) {
            String method = request.getMethod();
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    locale -> Texts.get(locale, "body.notTaken", method));
            return;
        }
        Optional<byte[]> body = declared > MAX_BYTES ? Optional.empty() : read(request.getInputStream());
        if (body.isEmpty()) {
            // Clients send the whole body before they read the answer: read the rest (up to a bound)
            // so that they see the 413 rather than wait on a full socket.
            boolean drained = declared <= DRAIN_BYTES && drain(request.getInputStream());
            if (!drained) {
                response.setHeader("Connection", "close");
            }
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    locale -> Texts.get(locale, "body.tooLarge", MAX_BYTES / 1024));
            return;
        }
        String contentType = request.getContentType();
        boolean api = ErrorReply.isApiRequest(request);
        if (contentType == null && api && body.get().length > 0) {
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    locale -> Texts.get(locale, "body.noContentType"));
            return;
        }
        if (api && !isUtf8(body.get())) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, locale -> Texts.get(locale, "body.notUtf8"));
            return;
        }
        if (!api && isPage(request) && body.get().length > 0 && !isForm(contentType)) {
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    contentType == null
                            ? locale -> Texts.get(locale, "body.notForm.none")
                            : locale -> Texts.get(locale, "body.notForm"));
            return;
        }
        Map<String, List<String>> parameters;
        try {
            // Parsed here rather than by the container, which would look for the body already read.
            String query = request.getQueryString();
            parameters = formParameters(query == null ? new byte[0] : query.getBytes(StandardCharsets.ISO_8859_1));
            if (isForm(contentType)) {
                Map<String, List<String>> fields = formParameters(body.get());
                refuseRepeatedFields(fields);
                fields.forEach((name, values) ->
                        parameters.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
            }
        } catch (IllegalArgumentException malformed) {
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    malformed instanceof FormRefused refused ? refused.inLanguage : locale -> malformed.getMessage());
            return;
        }
        chain.doFilter(new Buffered(request, body.get(), parameters), response);
    }

    /** @throws IllegalArgumentException naming the first single-value field that the form sends twice */
    static void refuseRepeatedFields(Map<String, List<String>> fields) {
        fields.forEach((name, values) -> {
            if (values.size() > 1 && !MULTI_VALUED.contains(name)) {
                String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
                throw new FormRefused(locale -> Texts.get(locale, "form.repeated", shown));
            }
        });
    }

    /** Whether the bytes are well-formed UTF-8; the transport filter asks this of decoded paths too. */
    public static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A form that cannot be read: its message in English, and in the language of the answer. */
    static final class FormRefused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        final transient Function<Locale, String> inLanguage;

        FormRefused(Function<Locale, String> inLanguage) {
            super(inLanguage.apply(Languages.DEFAULT));
            this.inLanguage = inLanguage;
        }
    }

    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, int status, Function<Locale, String> detail)
            throws IOException {
        request.setAttribute(ErrorPage.DETAIL, detail);
        response.sendError(status);
    }

    /** Reads and drops the rest of a body; false when it goes on beyond {@link #DRAIN_BYTES}. */
    private static boolean drain(InputStream in) throws IOException {
        byte[] chunk = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(chunk)) != -1; ) {
            total += n;
            if (total > DRAIN_BYTES) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the request goes to the pages' controllers (the JAX-RS application), rather than to a
     * servlet of its own (static files, the error page, or a servlet a test deployment adds).
     */
    private static boolean isPage(HttpServletRequest request) {
        return MarqueeApplication.class
                .getName()
                .equals(request.getHttpServletMapping().getServletName());
    }

    static boolean isForm(String contentType) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).strip().startsWith(FORM);
    }

    /** The body, or empty when it is longer than {@link #MAX_BYTES}. */
    static Optional<byte[]> read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int total = 0;
        for (int n; (n = in.read(chunk)) != -1; ) {
            total += n;
            if (total > MAX_BYTES) {
                return Optional.empty();
            }
            out.write(chunk, 0, n);
        }
        return Optional.of(out.toByteArray());
    }

    /**
     * The parameters of a URL-encoded form, in order.
     *
     * @throws IllegalArgumentException with a message fit to show, when the form cannot be read
     */
    static Map<String, List<String>> formParameters(byte[] body) {
        String text;
        try {
            text = StandardCharsets.US_ASCII
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(
                    "The form could not be read: it holds characters that were not" + " URL-encoded.");
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String encoded) {
        for (int i = 0; i < encoded.length(); i++) {
            if (encoded.charAt(i) == '%'
                    && (i + 2 >= encoded.length() || !isHex(encoded.charAt(i + 1)) || !isHex(encoded.charAt(i + 2)))) {
                throw new FormRefused(locale -> Texts.get(locale, "form.percent"));
            }
        }
        byte[] bytes = URLDecoder.decode(encoded, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1);
        String value;
        try {
            value = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new FormRefused(locale -> Texts.get(locale, "form.notUtf8"));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                throw new FormRefused(locale -> Texts.get(locale, "form.control"));
            }
        }
        return value;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** The request with its body read once and served from memory. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;
        private final Map<String, String[]> parameters;

        /** @param parameters the query's parameters, then the form's, as the servlet specification orders them */
        Buffered(HttpServletRequest request, byte[] body, Map<String, List<String>> parameters) {
            super(request);
            this.body = body;
            Map<String, String[]> all = new LinkedHashMap<>();
            parameters.forEach((name, values) -> all.put(name, values.toArray(String[]::new)));
            this.parameters = Collections.unmodifiableMap(all);
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("The body has been read already; read it synchronously.");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    new ByteArrayInputStream(body),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }
    }
}

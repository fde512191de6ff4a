package app.marquee.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte as the test writes it: the bad-input corpus needs
 * requests no ordinary client sends (a broken percent-encoding in the address, two Host headers, a
 * body that is not valid UTF-8, a Content-Type of {@code @@@/;;;}). One request per connection
 * ({@code Connection: close}); the answer is read to the end.
 */
final class RawHttp {

    private final String host;
    private final int port;

    RawHttp(URL base) {
        this.host = base.getHost();
        this.port = base.getPort() == -1 ? 80 : base.getPort();
    }

    /** What the server answered; status 0 when it closed the connection without an answer. */
    record Answer(int status, Map<String, List<String>> headers, String body, String failure) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        String contentType() {
            String type = header("Content-Type");
            return type == null ? "" : type;
        }

        /** Every header value, for the check that nothing names the server product. */
        String headerText() {
            StringBuilder text = new StringBuilder();
            headers.forEach((name, values) ->
                    values.forEach(v -> text.append(name).append(": ").append(v).append('\n')));
            return text.toString();
        }
    }

    /**
     * Sends {@code method target HTTP/1.1} with these headers (a {@code Host} header is added unless
     * {@code headers} has one, or has {@code Host} with a null value to leave it out) and body.
     */
    Answer send(String method, String target, List<Map.Entry<String, String>> headers, byte[] body) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        write(request, method + " " + target + " HTTP/1.1\r\n");
        boolean hostGiven = headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase("Host"));
        if (!hostGiven) {
            write(request, "Host: " + host + ":" + port + "\r\n");
        }
        for (Map.Entry<String, String> header : headers) {
            if (header.getValue() != null) {
                // Header values are sent as UTF-8 bytes: a non-ASCII value arrives as the test wrote it.
                write(request, header.getKey() + ": " + header.getValue() + "\r\n");
            }
        }
        boolean framed = headers.stream()
                .anyMatch(h -> h.getKey().equalsIgnoreCase("Content-Length")
                        || h.getKey().equalsIgnoreCase("Transfer-Encoding"));
        if (body != null && !framed) {
            write(request, "Content-Length: " + body.length + "\r\n");
        }
        write(request, "Connection: close\r\n\r\n");
        if (body != null) {
            request.writeBytes(body);
        }
        return exchange(request.toByteArray());
    }

    private Answer exchange(byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(60_000);
            String writeFailure = null;
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // The server may answer (and close) before reading a large body: read what it said.
                writeFailure = String.valueOf(e);
            }
            byte[] raw;
            try {
                raw = readAll(socket.getInputStream());
            } catch (IOException e) {
                return new Answer(
                        0, Map.of(), "", "no answer: " + e + (writeFailure == null ? "" : "; " + writeFailure));
            }
            return parse(raw);
        } catch (IOException e) {
            return new Answer(0, Map.of(), "", "no connection: " + e);
        }
    }

    /**
     * Reads the answer up to its end as its framing says (Content-Length, or the last chunk), or
     * to the end of the connection when it says neither, without waiting for the server to close.
     */
    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            all.write(buffer, 0, n);
            if (complete(all.toByteArray())) {
                break;
            }
        }
        return all.toByteArray();
    }

    private static boolean complete(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (end < 0) {
            return false;
        }
        String head = new String(raw, 0, end, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int bodyLength = raw.length - end - 4;
        for (String line : head.split("\r\n")) {
            if (line.startsWith("content-length:")) {
                try {
                    return bodyLength >= Long.parseLong(line.substring(15).trim());
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            if (line.startsWith("transfer-encoding:") && line.contains("chunked")) {
                return indexOf(raw, "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII), end) >= 0
                        || bodyLength >= 5
                                && indexOf(raw, "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII), end + 4) == end + 4;
            }
        }
        return false;
    }

    static Answer parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (raw.length == 0 || end < 0) {
            return new Answer(
                    0,
                    Map.of(),
                    new String(raw, StandardCharsets.UTF_8),
                    "connection closed without a complete answer");
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status;
        try {
            status = Integer.parseInt(statusLine[1]);
        } catch (RuntimeException e) {
            return new Answer(0, Map.of(), "", "not an HTTP status line: " + lines[0]);
        }
        Map<String, List<String>> headers = new java.util.TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(
                                lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
        if (encoding.stream().anyMatch(e -> e.equalsIgnoreCase("chunked"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), null);
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(body, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim();
            int size;
            try {
                size = Integer.parseInt(sizeText, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            out.write(body, start, Math.min(size, body.length - start));
            at = start + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        return indexOf(haystack, needle, 0);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}

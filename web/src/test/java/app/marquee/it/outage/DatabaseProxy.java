package app.marquee.it.outage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP pass-through between Payara and PostgreSQL that a test can cut, to see what users get while
 * the database is unreachable and that the application recovers once it is back. The container
 * tests' JDBC URL points here (see web/pom.xml); {@link ProxyStarter} opens it when the test JVM starts.
 */
public final class DatabaseProxy {

    private static volatile DatabaseProxy instance;

    private final int listenPort;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;

    private DatabaseProxy(int listenPort, String targetHost, int targetPort) {
        this.listenPort = listenPort;
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    static synchronized void startOnce(int listenPort, String targetHost, int targetPort) {
        if (instance == null) {
            instance = new DatabaseProxy(listenPort, targetHost, targetPort);
            instance.open();
        }
    }

    public static DatabaseProxy get() {
        if (instance == null) {
            throw new IllegalStateException("The database proxy was not started (ProxyStarter)");
        }
        return instance;
    }

    /** Accepts connections again, as a database that came back. */
    public synchronized void open() {
        if (server != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listenPort));
            server = socket;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + listenPort, e);
        }
        Thread acceptor = new Thread(this::acceptLoop, "db-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Drops every open connection and refuses new ones, as a database that went away. */
    public synchronized void cut() {
        closeQuietly(server);
        server = null;
        sockets.forEach(DatabaseProxy::closeQuietly);
        sockets.clear();
    }

    private void acceptLoop() {
        ServerSocket listening = server;
        while (listening != null && !listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket upstream = new Socket(targetHost, targetPort);
                // Without this, Nagle's algorithm meets the receivers' delayed ACKs and every query
                // round trip waits up to 40 ms: about 30 ms per transaction instead of 1.
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                if (listening.isClosed()) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int n;
                        while ((n = in.read(buffer)) >= 0) {
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (SocketException closed) {
                        // one side went away
                    } catch (IOException e) {
                        // one side went away
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                        sockets.remove(from);
                        sockets.remove(to);
                    }
                },
                "db-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}

package app.marquee.it.outage;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Opens the {@link DatabaseProxy} before any test runs, so that Payara (started by Arquillian in this
 * JVM) connects through it from the first deployment on. Failsafe passes the ports as system
 * properties; without them (e.g. unit tests) nothing happens.
 */
public class ProxyStarter implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String listen = System.getProperty("test.db.proxy.port");
        String target = System.getProperty("test.db.proxy.target");
        if (listen == null || target == null) {
            return;
        }
        String[] hostPort = target.split(":");
        DatabaseProxy.startOnce(Integer.parseInt(listen), hostPort[0], Integer.parseInt(hostPort[1]));
    }
}

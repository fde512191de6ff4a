package app.marquee.web.ops;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deregisters the JDBC drivers that came with the WAR when the application stops. The PostgreSQL
 * and MariaDB drivers in WEB-INF/lib register themselves with {@link DriverManager} when loaded;
 * left there, they keep the stopped application's class loader alive, and Payara says so on every
 * undeploy or redeploy ("registered the JDBC driver … but failed to unregister it").
 */
@WebListener
public class JdbcDriverRelease implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(JdbcDriverRelease.class.getName());

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        ClassLoader ours = getClass().getClassLoader();
        for (Driver driver : Collections.list(DriverManager.getDrivers())) {
            if (driver.getClass().getClassLoader() == ours) {
                try {
                    DriverManager.deregisterDriver(driver);
                } catch (SQLException e) {
                    LOG.log(
                            Level.FINE,
                            "Could not deregister " + driver.getClass().getName(),
                            e);
                }
            }
        }
    }
}

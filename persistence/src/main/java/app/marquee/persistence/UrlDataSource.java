package app.marquee.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source class the container's pool is configured with. It takes a JDBC URL, user and
 * password, and hands out connections from the driver the URL names (PostgreSQL, H2 or MariaDB),
 * so that choosing a database is a matter of configuration: no class name to set alongside the URL.
 */
public class UrlDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private DataSource target;

    public String getUrl() {
        return url;
    }

    public synchronized void setUrl(String url) {
        this.url = url;
        this.target = null;
    }

    public String getUser() {
        return user;
    }

    public synchronized void setUser(String user) {
        this.user = user;
        this.target = null;
    }

    public void setPassword(String password) {
        synchronized (this) {
            this.password = password;
            this.target = null;
        }
    }

    private synchronized DataSource target() throws SQLException {
        if (target == null) {
            target = vendorDataSource(url, user, password == null ? "" : password);
        }
        return target;
    }

    static DataSource vendorDataSource(String url, String user, String password) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL is configured (marquee.db.url)");
        }
        if (url.startsWith("jdbc:postgresql:")) {
            org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
            ds.setURL(url);
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }
        if (url.startsWith("jdbc:h2:")) {
            org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
            ds.setURL(url);
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            org.mariadb.jdbc.MariaDbDataSource ds = new org.mariadb.jdbc.MariaDbDataSource(url);
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }
        throw new SQLException(
                "Unsupported database URL " + url + ": Marquee runs on jdbc:postgresql:, jdbc:h2: and jdbc:mariadb:");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the pool's max wait bounds how long a caller waits
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}

package app.marquee.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UrlDataSourceTests {

    @Test
    void picksTheDriverTheUrlNames() throws SQLException {
        assertThat(UrlDataSource.vendorDataSource("jdbc:postgresql://127.0.0.1:5432/x", "u", "p"))
                .isInstanceOf(org.postgresql.ds.PGSimpleDataSource.class);
        assertThat(UrlDataSource.vendorDataSource("jdbc:h2:mem:x", "sa", ""))
                .isInstanceOf(org.h2.jdbcx.JdbcDataSource.class);
        assertThat(UrlDataSource.vendorDataSource("jdbc:mariadb://127.0.0.1:3306/x", "root", ""))
                .isInstanceOf(org.mariadb.jdbc.MariaDbDataSource.class);
    }

    @Test
    void refusesAnUnsupportedOrMissingUrlWithAMessageThatSaysWhy() {
        assertThatThrownBy(() -> UrlDataSource.vendorDataSource("jdbc:oracle:thin:@x", "u", "p"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Unsupported database URL")
                .hasMessageContaining("jdbc:postgresql:");
        assertThatThrownBy(() -> UrlDataSource.vendorDataSource(" ", "u", "p"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("marquee.db.url");
    }

    @Test
    void handsOutWorkingConnectionsAndFollowsAChangedUrl() throws SQLException {
        UrlDataSource dataSource = new UrlDataSource();
        dataSource.setUrl("jdbc:h2:mem:first;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).isEqualTo("jdbc:h2:mem:first");
        }
        dataSource.setUrl("jdbc:h2:mem:second;DB_CLOSE_DELAY=-1");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).isEqualTo("jdbc:h2:mem:second");
        }
        assertThat(dataSource.isWrapperFor(UrlDataSource.class)).isTrue();
        assertThat(dataSource.unwrap(UrlDataSource.class)).isSameAs(dataSource);
    }
}

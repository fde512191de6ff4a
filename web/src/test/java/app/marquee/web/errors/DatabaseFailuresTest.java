package app.marquee.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.resource.spi.LocalTransactionException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void aConnectionErrorAnywhereInTheCauseChainIsUnavailability() {
        SQLException closed = new SQLException("This connection has been closed.", "08003");
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("wrapped", closed)))
                .isTrue();
    }

    @Test
    void aCommitThatFailsInTheTransactionManagerIsUnavailabilityEvenWithoutTheDriversCause() {
        TransactionalException commit = new TransactionalException("Error committing", new RollbackException("gone"));
        assertThat(DatabaseFailures.isUnavailable(commit)).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new LocalTransactionException("This connection has been closed.")))
                .isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("a bug")))
                .isFalse();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("duplicate key", "23505")))
                .isFalse();
    }
}

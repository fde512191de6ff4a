package app.marquee.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test support, deployed with the tests only: a transaction that fails as it commits, as one does
 * when the database connection dies between the last statement and the commit.
 */
@Path("api/test-support/failing-commit")
@RequestScoped
public class FailingCommitResource {

    @Resource
    TransactionSynchronizationRegistry transactions;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Transactional
    public String commitAndFail() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                throw new IllegalStateException("the connection went away at commit (test)");
            }

            @Override
            public void afterCompletion(int status) {
                // nothing to undo
            }
        });
        return "committed";
    }
}

package app.marquee.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Makes the container-managed entity manager injectable with {@code @Inject}. Payara resolves
 * {@code @PersistenceContext} reliably only on classes of the WAR itself, not on beans in the
 * persistence jar under WEB-INF/lib, so the repositories there receive it through this producer.
 */
@ApplicationScoped
public class PersistenceResources {

    @Produces
    @PersistenceContext(unitName = "marquee")
    private EntityManager entityManager;
}

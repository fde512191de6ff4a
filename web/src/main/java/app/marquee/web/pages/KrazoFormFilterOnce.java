package app.marquee.web.pages;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.InjectionTarget;
import jakarta.enterprise.inject.spi.ProcessInjectionTarget;
import java.util.Set;
import org.eclipse.krazo.forms.FormMethodOverwriteFilter;

/**
 * Creates Krazo's {@code FormMethodOverwriteFilter} once instead of once per request.
 *
 * <p>The filter is request-scoped, and its constructor looks up a service provider with
 * {@link java.util.ServiceLoader}, which asks every jar of the application and of Payara's shared
 * class path for the service file. Under load that was about 5% of the server's CPU time for every
 * page. The filter keeps no per-request state (its fields are that provider and Krazo's
 * configuration, which reads the application's JAX-RS configuration), so every request can be given
 * the same instance. Marquee does not use the form-method overwrite it implements (off by default);
 * it still runs as before.
 */
public class KrazoFormFilterOnce implements Extension {

    void createOnce(@Observes ProcessInjectionTarget<FormMethodOverwriteFilter> event) {
        event.setInjectionTarget(new CreatedOnce<>(event.getInjectionTarget()));
    }

    /** Produces, injects and initialises the instance the first time; hands out the same one after. */
    static final class CreatedOnce<T> implements InjectionTarget<T> {

        private final InjectionTarget<T> delegate;
        private volatile T instance;

        CreatedOnce(InjectionTarget<T> delegate) {
            this.delegate = delegate;
        }

        @Override
        public T produce(CreationalContext<T> context) {
            T created = instance;
            if (created == null) {
                synchronized (this) {
                    created = instance;
                    if (created == null) {
                        created = delegate.produce(context);
                        delegate.inject(created, context);
                        delegate.postConstruct(created);
                        instance = created;
                    }
                }
            }
            return created;
        }

        @Override
        public void inject(T target, CreationalContext<T> context) {
            // done once, in produce
        }

        @Override
        public void postConstruct(T target) {
            // done once, in produce
        }

        @Override
        public void preDestroy(T target) {
            // the instance outlives every request
        }

        @Override
        public void dispose(T target) {
            // the instance outlives every request
        }

        @Override
        public Set<InjectionPoint> getInjectionPoints() {
            return delegate.getInjectionPoints();
        }
    }
}

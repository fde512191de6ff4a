package app.marquee.web.transport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.glassfish.grizzly.filterchain.Filter;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.http.server.HttpServerFilter;

/**
 * A filter put into network listeners' filter chains just before Grizzly's {@code HttpServerFilter}
 * (where Payara takes over the request), and taken out again by {@link #close()}.
 *
 * <p>Each deployment of the WAR has its own class loader, so the copy of the filter a previous
 * deployment left (if its removal did not run) is not an instance of this deployment's class: it is
 * recognized by class name and replaced where it stands, so a chain never holds two, nor keeps an old
 * deployment's class loader alive.
 *
 * <p>Grizzly's chains are plain lists that the threads serving requests read without locking, and
 * nothing here can make them wait. A chain is changed only at deployment and at undeployment; a
 * request being read at that very moment could be passed through the chain wrongly (one filter
 * skipped or run twice). Replacing in place moves no other filter, so a redeployment that finds an
 * old copy does not even do that.
 */
final class FilterPlacement implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FilterPlacement.class.getName());

    private final Filter filter;
    private final Map<String, FilterChain> placed;

    private FilterPlacement(Filter filter, Map<String, FilterChain> placed) {
        this.filter = filter;
        this.placed = placed;
    }

    /** Puts {@code filter} into each of {@code chains} that has an {@code HttpServerFilter}, just before it. */
    static FilterPlacement place(Filter filter, Map<String, FilterChain> chains) {
        return place(filter, chains, HttpServerFilter.class::isInstance);
    }

    /** Puts {@code filter} into each of {@code chains} just before the first filter that is {@code before}. */
    static FilterPlacement place(Filter filter, Map<String, FilterChain> chains, Predicate<Filter> before) {
        Map<String, FilterChain> placed = new LinkedHashMap<>();
        Set<FilterChain> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<String, FilterChain> entry : chains.entrySet()) {
            FilterChain chain = entry.getValue();
            if (!seen.add(chain)) {
                continue; // two listeners sharing one transport
            }
            synchronized (chain) {
                int earlier = indexOf(chain, filter.getClass().getName());
                if (earlier >= 0) {
                    chain.set(earlier, filter); // in place: no other filter moves
                } else {
                    int server = indexOf(chain, before);
                    if (server < 0) {
                        continue; // not an HTTP listener (or one Payara builds differently)
                    }
                    chain.add(server, filter);
                }
            }
            placed.put(entry.getKey(), chain);
            LOG.fine(() -> "Filter chain of " + entry.getKey() + ": " + chain);
        }
        return new FilterPlacement(filter, placed);
    }

    /** The names of the listeners the filter was put on. */
    List<String> listeners() {
        return new ArrayList<>(placed.keySet());
    }

    @Override
    public void close() {
        placed.forEach((listener, chain) -> {
            synchronized (chain) {
                chain.remove(filter); // this very instance: a newer deployment's stays
            }
            LOG.fine(() -> "Filter chain of " + listener + ": " + chain);
        });
    }

    private static int indexOf(FilterChain chain, String className) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).getClass().getName().equals(className)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(FilterChain chain, Predicate<Filter> wanted) {
        for (int i = 0; i < chain.size(); i++) {
            if (wanted.test(chain.get(i))) {
                return i;
            }
        }
        return -1;
    }
}

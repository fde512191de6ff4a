package app.marquee.web.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.Executors;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.TransportFilter;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.ServerFilterConfiguration;
import org.glassfish.grizzly.utils.DelayedExecutor;
import org.junit.jupiter.api.Test;

class FilterPlacementTest {

    private final HttpServerFilter server =
            new HttpServerFilter(new ServerFilterConfiguration(), new DelayedExecutor(Executors.newCachedThreadPool()));

    private FilterChain chain() {
        return FilterChainBuilder.stateless()
                .add(new TransportFilter())
                .add(new BaseFilter())
                .add(server)
                .build();
    }

    @Test
    void goesJustBeforeTheHttpServerFilterAndComesOutAgain() {
        FilterChain chain = chain();
        UndecodableRequests filter = new UndecodableRequests(false);
        FilterPlacement placement = FilterPlacement.place(filter, Map.of("http-listener", chain));
        assertThat(placement.listeners()).containsExactly("http-listener");
        assertThat(chain).hasSize(4);
        assertThat(chain.get(2)).isSameAs(filter);
        assertThat(chain.get(3)).isSameAs(server);
        placement.close();
        assertThat(chain).hasSize(3).doesNotContain(filter);
    }

    @Test
    void aCopyLeftByAnEarlierDeploymentIsReplacedNotDoubled() {
        FilterChain chain = chain();
        UndecodableRequests old = new UndecodableRequests(false);
        FilterPlacement.place(old, Map.of("http-listener", chain)); // never closed
        UndecodableRequests current = new UndecodableRequests(false);
        FilterPlacement placement = FilterPlacement.place(current, Map.of("http-listener", chain));
        assertThat(chain).hasSize(4).doesNotContain(old);
        assertThat(chain.get(2)).isSameAs(current);
        placement.close();
        assertThat(chain).hasSize(3);
    }

    @Test
    void aChainWithoutHttpServerFilterIsLeftAlone() {
        FilterChain chain = FilterChainBuilder.stateless()
                .add(new TransportFilter())
                .add(new BaseFilter())
                .build();
        FilterPlacement placement = FilterPlacement.place(new UndecodableRequests(false), Map.of("other", chain));
        assertThat(placement.listeners()).isEmpty();
        assertThat(chain).hasSize(2);
    }
}

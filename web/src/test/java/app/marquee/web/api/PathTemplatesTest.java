package app.marquee.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathTemplatesTest {

    @Test
    void patternsOfPathVariablesAreDropped() {
        assertThat(PathTemplates.plainTemplate("/api/movies/{id: [0-9]+}/actors/{actorId: [0-9]+}"))
                .isEqualTo("/api/movies/{id}/actors/{actorId}");
    }

    @Test
    void plainTemplatesStayAsTheyAre() {
        assertThat(PathTemplates.plainTemplate("/api/actors/{id}/stuntman")).isEqualTo("/api/actors/{id}/stuntman");
        assertThat(PathTemplates.plainTemplate("/api/movies")).isEqualTo("/api/movies");
    }
}

package app.marquee.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListLinkTest {

    @Test
    void leavesOutBlankParametersAndEncodesTheOthers() {
        ListLink link = ListLink.to("/movies")
                .with("q", "Pain & Gain")
                .with("releasedAfter", " ")
                .with("actor", null)
                .with("sort", "-title");
        assertThat(link.toString()).isEqualTo("/movies?q=Pain+%26+Gain&sort=-title");
    }

    @Test
    void isImmutable() {
        ListLink base = ListLink.to("/actors").with("city", "glendale");
        ListLink paged = base.with("page", 2);
        assertThat(base.toString()).isEqualTo("/actors?city=glendale");
        assertThat(paged.toString()).isEqualTo("/actors?city=glendale&page=2");
        assertThat(paged.without("city").toString()).isEqualTo("/actors?page=2");
        assertThat(base.without("city").toString()).isEqualTo("/actors");
    }
}

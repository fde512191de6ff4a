package app.marquee.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ListLinkTest {

    @Test
    void leavesOutBlankParametersAndEncodesTheOthers() {
        ListLink link = ListLink.to("/movies").with("q", "Pain & Gain").with("releasedAfter", " ").with("actor", null)
                .with("sort", "-title");
        assertEquals("/movies?q=Pain+%26+Gain&sort=-title", link.toString());
    }

    @Test
    void isImmutable() {
        ListLink base = ListLink.to("/actors").with("city", "glendale");
        ListLink paged = base.with("page", 2);
        assertEquals("/actors?city=glendale", base.toString());
        assertEquals("/actors?city=glendale&page=2", paged.toString());
        assertEquals("/actors?page=2", paged.without("city").toString());
        assertEquals("/actors", base.without("city").toString());
    }
}

package org.reportingportals.core.portal.control;

import org.junit.jupiter.api.Test;
import org.reportingportals.core.portal.entity.RenderedPage;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderedPagesTest {

    private final RenderedPages pages = new RenderedPages();

    private static RenderedPage page(Object version, String body) {
        return RenderedPage.of(version, 200, List.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    private static RenderedPages.Key key(String page) {
        return new RenderedPages.Key("ug", false, "en", page);
    }

    @Test
    void aPageIsHandedOutOnlyForTheConfigurationItWasRenderedFrom() {
        Object published = new Object();
        pages.keep(key("about"), page(published, "v1"));
        assertTrue(pages.find(key("about"), published).isPresent());
        assertTrue(pages.find(key("about"), new Object()).isEmpty(), "a newer publication renders afresh");
    }

    @Test
    void aPageOfANewerConfigurationReplacesTheOldOneInPlace() {
        pages.keep(key("about"), page(new Object(), "v1"));
        Object newer = new Object();
        pages.keep(key("about"), page(newer, "v2"));
        assertEquals(1, pages.size());
        assertEquals("v2", new String(pages.find(key("about"), newer).orElseThrow().body(s -> ""), StandardCharsets.UTF_8));
    }

    @Test
    void theWayInIsPartOfTheKey() {
        Object published = new Object();
        pages.keep(new RenderedPages.Key("ug", true, "en", ""), page(published, "own host"));
        assertTrue(pages.find(new RenderedPages.Key("ug", false, "en", ""), published).isEmpty());
    }

    @Test
    void memoryIsBoundedButKnownPagesStillFollowPublications() {
        Object published = new Object();
        for (int i = 0; i < RenderedPages.MAX_PAGES + 10; i++) {
            pages.keep(key("p" + i), page(published, "x"));
        }
        assertEquals(RenderedPages.MAX_PAGES, pages.size());
        Object newer = new Object();
        pages.keep(key("p0"), page(newer, "y"));
        assertTrue(pages.find(key("p0"), newer).isPresent(), "a kept key is still replaced when full");
    }
}

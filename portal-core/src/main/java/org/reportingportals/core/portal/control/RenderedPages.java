package org.reportingportals.core.portal.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.reportingportals.core.portal.entity.RenderedPage;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public pages rendered once and served from memory. One entry per {@link Key}; an entry is only handed out
 * for the very configuration it was rendered from, so a publication (here, or picked up from another instance by
 * the directory's poll) makes the page render afresh on its next request without any event having to reach this
 * instance. A page of the replaced version is then overwritten in place, so the map never holds more than one
 * page per key.
 */
@ApplicationScoped
public class RenderedPages {

    /**
     * Far above tenants x languages x pages x the two ways in (some 9 x 3 x 5 x 2 today); a guard, not a policy:
     * keys are only ever made for known pages of known tenants.
     */
    static final int MAX_PAGES = 4096;

    /**
     * What makes two requests get the same page.
     *
     * @param ownHost whether the tenant's own host name was used (links then have no {@code /tenant} prefix)
     * @param page    the page id: {@code ""} for home, {@code about}, {@code privacy}, {@code status}, {@code report}
     */
    public record Key(String tenant, boolean ownHost, String lang, String page) {
    }

    private final Map<Key, RenderedPage> pages = new ConcurrentHashMap<>();

    /** The page for this key if it was rendered from {@code live}, the configuration now published. */
    public Optional<RenderedPage> find(Key key, Object live) {
        RenderedPage page = pages.get(key);
        return page != null && page.renderedFrom() == live ? Optional.of(page) : Optional.empty();
    }

    public void keep(Key key, RenderedPage page) {
        if (pages.size() < MAX_PAGES || pages.containsKey(key)) {
            pages.put(key, page);
        }
    }

    int size() {
        return pages.size();
    }
}

package org.reportingportals.core.portal.entity;

import java.util.List;
import java.util.Optional;

/**
 * Everything the layout needs to render any page of a portal, in one language.
 *
 * @param id          which page this is (home, report, status, ...), for navigation and the switcher
 * @param tenant      the tenant's code, or empty on platform pages such as an unknown tenant's 404
 * @param theme       the theme to render with ({@code base} or the tenant's)
 * @param lang        BCP 47 tag of the page's language, for {@code <html lang>}
 * @param dir         {@code ltr} or {@code rtl}
 * @param home        the path of the portal's home in this language, e.g. {@code /ug/sw/}
 * @param stylesheets fingerprinted stylesheet paths, base first
 */
public record Page(String id, String tenant, String theme, String lang, String dir, String country, String partner,
                   String partnerUrl, String home, List<LanguageLink> languages, List<Number> helplines,
                   List<Number> emergency, List<String> stylesheets, Optional<String> logo, String quickExit) {

    public String link(String page) {
        return home + page;
    }

    public boolean is(String pageId) {
        return id.equals(pageId);
    }
}

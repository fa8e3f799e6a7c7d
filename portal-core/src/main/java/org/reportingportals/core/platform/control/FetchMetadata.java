package org.reportingportals.core.platform.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a browser says a form post came from a page of the site it is sent to ({@code Sec-Fetch-Site},
 * {@code Origin}). A check beside the signed CSRF token, not instead of it: it refuses a cross-site post even
 * where a browser would attach the token's cookie.
 *
 * <p>{@code Origin: null} without {@code Sec-Fetch-Site} is let through, deliberately. Our pages send
 * {@code Referrer-Policy: no-referrer}, and under that policy the Fetch standard makes every browser send
 * {@code Origin: null} on a POST from our own page; a browser without Fetch Metadata (Safari before 16.4,
 * Firefox before 90) sends nothing else. Refusing it would lock those reporters out, while a forged post from
 * such a browser still fails on the token, whose cookie is {@code SameSite=Strict}. Browsers that do send
 * {@code Sec-Fetch-Site} are judged by it. A request with neither header (no browser) is not a cross-site
 * request at all.
 */
public final class FetchMetadata {

    private FetchMetadata() {
    }

    /**
     * @param origin the {@code Origin} header or null
     * @param site   the {@code Sec-Fetch-Site} header or null
     * @param host   this request's host name, lower case, without port (as {@code TenantHosts} reads it)
     */
    public static boolean sameOrigin(String origin, String site, String host) {
        if (origin != null && !origin.strip().equals("null") && !originHost(origin).equals(host)) {
            return false;
        }
        if (site == null) {
            return true;
        }
        String value = site.strip().toLowerCase(Locale.ROOT);
        // "none": the person opened it themselves (a bookmark, the address bar); "same-site" is another host
        // of the same registrable domain, which for us may be another tenant's portal
        return value.equals("same-origin") || value.equals("none");
    }

    /** The host an {@code Origin} names, lower case; "" for anything that is not a serialised web origin. */
    private static String originHost(String origin) {
        try {
            URI uri = new URI(origin.strip());
            String scheme = uri.getScheme();
            if (uri.getHost() == null || scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    || uri.getRawUserInfo() != null || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return "";
            }
            return uri.getHost().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return "";
        }
    }
}

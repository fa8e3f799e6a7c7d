package org.reportingportals.tenant.directory.entity;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a portal looks: the theme it inherits from, colour tokens that override the parent's, an optional logo.
 * Tokens are a closed set so that a partner restyles without writing CSS.
 *
 * @param colors token name to {@code #rrggbb}
 * @param logo   file name of the logo inside the tenant's theme folder
 */
public record Branding(String parent, Map<String, String> colors, Optional<String> logo) {

    /** The colour tokens a tenant may set; the base theme defines them all. */
    public static final Set<String> COLOR_TOKENS = Set.of("brand", "brand-contrast", "accent", "link", "surface", "text",
            "header-background", "header-text");

    public Branding {
        colors = Map.copyOf(colors);
    }
}

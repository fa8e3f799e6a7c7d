package org.reportingportals.core.tenancy.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * WCAG 2.1 contrast of a tenant's colour tokens, over the base theme's values for the tokens it leaves
 * unset. Every pair the base stylesheet draws text or controls with must reach AA: 4.5:1 for text.
 */
public final class Contrast {

    /** The base theme's tokens (themes/base/static/portal.css), for tokens a tenant does not set. */
    static final Map<String, String> BASE = Map.of("brand", "#1f4e8c", "brand-contrast", "#ffffff", "accent", "#f2c200",
            "link", "#1a4f99", "surface", "#ffffff", "text", "#1b1b1f");

    /** foreground token, background token, minimum ratio, where the pair is used. */
    record Pair(String foreground, String background, double minimum, String use) {
    }

    static final List<Pair> PAIRS = List.of(
            new Pair("text", "surface", 4.5, "body text"),
            new Pair("link", "surface", 4.5, "links"),
            new Pair("brand-contrast", "brand", 4.5, "button text"),
            new Pair("brand", "surface", 4.5, "secondary button text"),
            new Pair("header-text", "header-background", 4.5, "header text"));

    private Contrast() {
    }

    /** Every colour token with the value the pages will use: the tenant's, else the base theme's. */
    public static Map<String, String> effective(Map<String, String> colors) {
        Map<String, String> all = new java.util.TreeMap<>(BASE);
        all.putAll(colors);
        all.putIfAbsent("header-background", all.get("brand"));
        all.putIfAbsent("header-text", all.get("brand-contrast"));
        return all;
    }

    /**
     * Problems as {@code theme.colors: ...} lines with the measured ratio (rounded down, so a failing ratio is
     * never shown as if it passed); empty when the palette passes.
     */
    public static List<String> problems(Map<String, String> colors) {
        Map<String, String> all = new HashMap<>(BASE);
        all.putAll(colors);
        all.putIfAbsent("header-background", all.get("brand"));
        all.putIfAbsent("header-text", all.get("brand-contrast"));
        List<String> problems = new ArrayList<>();
        for (Pair pair : PAIRS) {
            double ratio = ratio(all.get(pair.foreground()), all.get(pair.background()));
            if (ratio < pair.minimum()) {
                problems.add(String.format(Locale.ROOT, "theme.colors: %s %s on %s %s (%s) has contrast %.2f:1, needs %.1f:1",
                        pair.foreground(), all.get(pair.foreground()), pair.background(), all.get(pair.background()),
                        pair.use(), Math.floor(ratio * 100) / 100, pair.minimum()));
            }
        }
        return problems;
    }

    /** The WCAG contrast ratio of two {@code #rrggbb} colours, from 1 to 21. */
    public static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}

package org.reportingportals.themes.assets.control;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A tenant's colour tokens as a stylesheet of custom properties, layered after the base theme. Only
 * {@code #rrggbb} values for token names are written, so nothing a partner types can become CSS syntax.
 */
public final class TokenStylesheet {

    private static final Pattern TOKEN = Pattern.compile("[a-z][a-z-]{1,30}");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-f]{6}");

    private TokenStylesheet() {
    }

    public static String render(Map<String, String> colors) {
        StringBuilder css = new StringBuilder(":root {");
        for (Map.Entry<String, String> token : new TreeMap<>(colors).entrySet()) {
            if (!TOKEN.matcher(token.getKey()).matches() || !COLOR.matcher(token.getValue()).matches()) {
                throw new IllegalArgumentException("not a colour token: " + token.getKey());
            }
            css.append(" --").append(token.getKey()).append(": ").append(token.getValue()).append(';');
        }
        return css.append(" }\n").toString();
    }
}

package org.reportingportals.themes.chain.entity;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One theme as its {@code themes/<name>/theme.properties} declares it: a name and the theme it inherits from.
 * Only {@code base} has no parent, so every chain ends there; the constructor refuses anything else, so a
 * {@code Theme} that exists is one a chain can be walked from.
 *
 * @param parent the theme looked in next; empty for {@code base} only
 */
public record Theme(String name, Optional<String> parent) {

    public static final String BASE = "base";
    /** Theme names are folder names; the pattern keeps them from ever being a path ({@code ..}, {@code /}). */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    public Theme {
        Objects.requireNonNull(parent);
        if (!isName(name)) {
            throw new IllegalArgumentException("not a theme name: " + name);
        }
        parent.filter(p -> !isName(p)).ifPresent(p -> {
            throw new IllegalArgumentException("not a theme name: " + p);
        });
        if (BASE.equals(name) == parent.isPresent()) {
            throw new IllegalArgumentException(BASE.equals(name) ? "base has no parent" : name + " needs a parent");
        }
    }

    public static boolean isName(String candidate) {
        return candidate != null && NAME.matcher(candidate).matches();
    }

    /** Where a theme's descriptor lives, the file that errors about this theme name. */
    public static String descriptor(String name) {
        return "themes/" + name + "/theme.properties";
    }

    public boolean isBase() {
        return parent.isEmpty();
    }

    /** The class path name of a file in one of this theme's folders, e.g. {@code themes/ug/static/logo.svg}. */
    public String resource(String folder, String file) {
        return "themes/" + name + "/" + folder + "/" + file;
    }

    /** The base name of this theme's message files ({@code <base>_<locale>.properties}). */
    public String messages() {
        return "themes/" + name + "/messages/messages";
    }
}

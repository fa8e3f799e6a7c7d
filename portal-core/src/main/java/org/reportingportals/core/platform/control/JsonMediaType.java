package org.reportingportals.core.platform.control;

import java.util.Locale;

/**
 * The one {@code Content-Type} the JSON API reads: {@code application/json}, with at most one {@code charset}
 * parameter that says UTF-8 (RFC 8259 allows no other encoding). Anything else is refused rather than read
 * another way: a body labelled Latin-1 would be decoded as UTF-8, and a body with no type at all is what a
 * browser may send to another site without asking it first (a CORS "simple" request).
 */
public final class JsonMediaType {

    private JsonMediaType() {
    }

    public static boolean isJsonInUtf8(String contentType) {
        return isInUtf8(contentType, "application/json");
    }

    /**
     * The same rule for another type the platform reads as UTF-8 text (the citizens' forms): exactly that type,
     * with at most one {@code charset} parameter that says UTF-8. Wildcards and other charsets are refused.
     */
    public static boolean isInUtf8(String contentType, String mediaType) {
        String[] parts = contentType.split(";", -1);
        if (!parts[0].strip().toLowerCase(Locale.ROOT).equals(mediaType)) {
            return false;
        }
        if (parts.length > 2) {
            return false; // a second parameter, or an empty one ("application/json;;")
        }
        if (parts.length == 2) {
            String parameter = parts[1].strip();
            int equals = parameter.indexOf('=');
            if (equals < 0 || !parameter.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("charset")) {
                return false;
            }
            String value = parameter.substring(equals + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            return value.equalsIgnoreCase("utf-8");
        }
        return true;
    }
}

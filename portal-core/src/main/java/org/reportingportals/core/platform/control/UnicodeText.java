package org.reportingportals.core.platform.control;

import org.reportingportals.core.platform.entity.FieldError;

/**
 * Which text the platform accepts from outside, as it was sent or not at all. Refused: lone UTF-16
 * surrogates (a JSON escape such as {@code \ud800} can carry one; no character encoding can store it, so it
 * would turn into {@code ?} on the way to the database), the C0 controls including NUL, DEL and the C1
 * controls. TAB, LF and CR are text in a multi-line field and refused in a single-line one (a URL, an
 * address). Dropping such characters instead would store something other than what was sent.
 */
public final class UnicodeText {

    private UnicodeText() {
    }

    /** The error for a field that holds a character refused here: the same for the JSON API and the forms. */
    public static FieldError refused(String field) {
        return new FieldError(field, "text.character", "intake.error.text.character");
    }

    /** Whether every character of {@code text} may be kept as it is. */
    public static boolean acceptable(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                if (!multiLine) {
                    return false;
                }
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                return false;
            }
        }
        return true;
    }
}

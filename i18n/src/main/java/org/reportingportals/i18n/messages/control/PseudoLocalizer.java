package org.reportingportals.i18n.messages.control;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;

import java.util.Set;

/**
 * The pseudo-locale {@code en-XA}: every literal letter of a pattern accented, each message lengthened by
 * about a third and bracketed {@code ⟦…⟧}, while arguments, plural keywords and ICU syntax stay intact.
 * A page rendered in it shows at a glance any text that does not come from a catalog, and any layout that
 * breaks with longer translations.
 */
public final class PseudoLocalizer {

    public static final ULocale PSEUDO = ULocale.forLanguageTag("en-XA");
    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "áƀçđéƒĝĥíĵķĺɱñóþǫŕšŧúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŦÚṼŴẊÝŽ";
    private static final Set<String> COMPLEX = Set.of("plural", "select", "selectordinal");

    private final String pattern;
    private final StringBuilder out = new StringBuilder();
    private int at;
    private int letters;

    private PseudoLocalizer(String pattern) {
        this.pattern = pattern;
    }

    public static boolean isPseudo(ULocale locale) {
        return PSEUDO.equals(locale);
    }

    /** The pseudo form of a valid ICU pattern; only message text is changed. */
    public static String transform(String pattern) {
        new MessagePattern(pattern); // refuse invalid patterns up front, as the real catalogs would
        PseudoLocalizer walker = new PseudoLocalizer(pattern);
        walker.message(false);
        return "⟦" + walker.out + " " + "~".repeat(Math.max(2, walker.letters / 3)) + "⟧";
    }

    /** Message text until the end, or until the '}' closing a sub-message (not consumed). */
    private void message(boolean nested) {
        while (at < pattern.length()) {
            char c = pattern.charAt(at);
            if (c == '}' && nested) {
                return;
            }
            if (c == '{') {
                argument();
            } else if (c == '\'' && at + 1 < pattern.length() && "{}'#|".indexOf(pattern.charAt(at + 1)) >= 0) {
                quoted();
            } else {
                int index = PLAIN.indexOf(c);
                if (index >= 0) {
                    out.append(ACCENTED.charAt(index));
                    letters++;
                } else {
                    out.append(c);
                }
                at++;
            }
        }
    }

    /** An argument: simple ones are copied whole, plural and select ones have their sub-messages walked. */
    private void argument() {
        int start = at;
        int comma = pattern.indexOf(',', at);
        int close = pattern.indexOf('}', at);
        if (comma < 0 || close < comma) {
            out.append(pattern, start, close + 1);
            at = close + 1;
            return;
        }
        int typeEnd = firstOf(comma + 1, ",}");
        String type = pattern.substring(comma + 1, typeEnd).strip();
        if (!COMPLEX.contains(type)) {
            int end = matchingBrace(start);
            out.append(pattern, start, end + 1);
            at = end + 1;
            return;
        }
        out.append(pattern, start, typeEnd + 1);
        at = typeEnd + 1;
        while (at < pattern.length() && pattern.charAt(at) != '}') {
            int open = pattern.indexOf('{', at);
            out.append(pattern, at, open + 1); // selector such as "one", "=0", "offset:1"
            at = open + 1;
            message(true);
            out.append('}');
            at++;
            int next = at;
            while (next < pattern.length() && Character.isWhitespace(pattern.charAt(next))) {
                next++;
            }
            out.append(pattern, at, next);
            at = next;
        }
        out.append('}');
        at++;
    }

    private void quoted() {
        int end = pattern.indexOf('\'', at + 1);
        end = end < 0 ? pattern.length() - 1 : end;
        out.append(pattern, at, end + 1);
        at = end + 1;
    }

    private int firstOf(int from, String chars) {
        for (int i = from; i < pattern.length(); i++) {
            if (chars.indexOf(pattern.charAt(i)) >= 0) {
                return i;
            }
        }
        return pattern.length();
    }

    private int matchingBrace(int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '{') {
                depth++;
            } else if (pattern.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return pattern.length() - 1;
    }
}

package org.reportingportals.i18n.languages.control;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import org.reportingportals.i18n.messages.control.PseudoLocalizer;

/** How a language presents itself: its own name (endonym) and its writing direction, both from ICU. */
public final class Languages {

    private Languages() {
    }

    /** "Kiswahili", "नेपाली", "اردو": each language in itself, capitalised as in a menu. */
    public static String endonym(ULocale locale) {
        if (PseudoLocalizer.isPseudo(locale)) {
            return "[Ƥšéúđó]";
        }
        String name = LocaleDisplayNames.getInstance(locale, DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU,
                DisplayContext.DIALECT_NAMES).localeDisplayName(locale);
        // ICU lacks menu capitalisation data for some languages (Lingala comes out "lingála")
        int first = name.codePointAt(0);
        return UCharacter.toString(UCharacter.toTitleCase(first)) + name.substring(Character.charCount(first));
    }

    public static String dir(ULocale locale) {
        return locale.isRightToLeft() ? "rtl" : "ltr";
    }
}

package org.reportingportals.i18n.languages.control;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguagesTest {

    @Test
    void languagesAreNamedInThemselvesWithTheirDirection() {
        assertEquals("Kiswahili", Languages.endonym(new ULocale("sw")));
        assertEquals("नेपाली", Languages.endonym(new ULocale("ne")));
        assertEquals("اردو", Languages.endonym(new ULocale("ur")));
        assertEquals("Français", Languages.endonym(new ULocale("fr")));
        assertEquals("Lingála", Languages.endonym(new ULocale("ln")));
        assertEquals("rtl", Languages.dir(new ULocale("ar")));
        assertEquals("rtl", Languages.dir(new ULocale("ur")));
        assertEquals("ltr", Languages.dir(new ULocale("hi")));
    }
}

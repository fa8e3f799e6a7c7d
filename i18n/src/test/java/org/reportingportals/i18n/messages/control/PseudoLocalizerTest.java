package org.reportingportals.i18n.messages.control;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PseudoLocalizerTest {

    private static String format(String pattern, Map<String, Object> args) {
        return new MessageFormat(PseudoLocalizer.transform(pattern), ULocale.ENGLISH).format(args);
    }

    @Test
    void accentsTextAndKeepsArguments() {
        String result = format("Report {reference} from {country}", Map.of("reference", "UG-7KQ2-9XHD", "country", "Uganda"));
        assertTrue(result.startsWith("⟦Ŕéþóŕŧ UG-7KQ2-9XHD ƒŕóɱ Uganda"), result);
        assertTrue(result.endsWith("~⟧"), result);
    }

    @Test
    void walksIntoPluralBranchesButKeepsKeywordsAndNumbers() {
        String pattern = "{count, plural, one {One field needs attention.} other {# fields need attention.}}";
        String one = format(pattern, Map.of("count", 1));
        String many = format(pattern, Map.of("count", 3));
        assertTrue(one.startsWith("⟦Óñé ƒíéĺđ"), one);
        assertTrue(many.startsWith("⟦3 ƒíéĺđš"), many);
    }

    @Test
    void keepsNumberStyles() {
        String result = format("At most {max, number, integer} characters.", Map.of("max", 4000));
        assertTrue(result.contains("4,000"), result);
        assertFalse(result.contains("integer"), result);
    }

    @Test
    void leavesNoPlainAsciiLetterOutsideArguments() {
        String result = format("Write down both, or keep them safe.", Map.of());
        assertFalse(result.matches("(?s).*[A-Za-z].*"), result);
    }
}

package org.reportingportals.core.platform.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnicodeTextTest {

    @Test
    void loneSurrogatesAreRefusedPairsKept() {
        assertTrue(UnicodeText.acceptable("a\ud83d\ude00b", false));
        for (String text : List.of("\ud800", "a\ud800", "\ud800b", "\udc00", "a\ude00\ud83d", "\ud83d\ud83d\ude00x\ud800")) {
            assertFalse(UnicodeText.acceptable(text, true), text.codePoints().mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    void controlCharactersAreRefusedLineBreaksOnlyInMultiLineText() {
        for (char c = 0; c < 0x20; c++) {
            boolean lineText = c == '\t' || c == '\n' || c == '\r';
            assertEquals(lineText, UnicodeText.acceptable("a" + c + "b", true), Integer.toHexString(c));
            assertFalse(UnicodeText.acceptable("a" + c + "b", false), Integer.toHexString(c));
        }
        for (char c = 0x7f; c <= 0x9f; c++) {
            assertFalse(UnicodeText.acceptable(c + "", true), Integer.toHexString(c));
        }
    }

    @Test
    void everythingElseIsText() {
        assertTrue(UnicodeText.acceptable("", false));
        assertTrue(UnicodeText.acceptable("  http://example.com/ü?q=\u00a0\u200b\u202e ", false),
                "white space and format characters are kept; the URL rules judge them");
        assertTrue(UnicodeText.acceptable("\u00a0\u00ff\ufffd\uffff", false));
    }

    @Test
    void theErrorNamesTheFieldAndOneCatalogKey() {
        var error = UnicodeText.refused("urls[3]");
        assertEquals("urls[3]", error.field());
        assertEquals("text.character", error.code());
        assertEquals("intake.error.text.character", error.messageKey());
    }
}

package org.reportingportals.core.assessment.control;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

import java.util.List;

/**
 * The one way the platform writes CSV (assessment export, partner statistics): cells that a spreadsheet opens as
 * text, never as a formula. Reported URLs and notes are attacker-controlled; an analyst's spreadsheet must not run
 * them.
 *
 * <p>Quoting is commons-csv's (RFC 4180, every cell quoted, CRLF records). The guard is one rule: a cell whose first
 * character, after Unicode compatibility folding (NFKC) and after any leading whitespace, control or invisible
 * format characters, is {@code = + - @} (or U+2212 MINUS SIGN, which NFKC leaves alone) gets a leading apostrophe,
 * and so does a cell starting with a tab or a carriage return (OWASP's CSV-injection advice). Folding matters
 * because spreadsheets and the tools between them fold too: a fullwidth {@code ＝} or a small form {@code ﹦} is
 * {@code =} after NFKC. The apostrophe goes in front of the value as it was sent; nothing else of it changes.
 */
public final class CsvCells {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL)
            .setRecordSeparator("\r\n").get();
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final String FORMULA_STARTS = "=+-@\u2212";

    private CsvCells() {
    }

    public static String cell(String value) {
        return FORMAT.format(guarded(value));
    }

    public static String row(List<String> values) {
        return (values.isEmpty() ? "" : FORMAT.format(values.stream().map(CsvCells::guarded).toArray())) + "\r\n";
    }

    /** Whether a spreadsheet could take this cell for a formula (or a cell break) rather than for text. */
    static boolean startsLikeAFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        if (value.charAt(0) == '\t' || value.charAt(0) == '\r') {
            return true;
        }
        String folded = NFKC.normalize(value);
        int i = 0;
        while (i < folded.length() && hidden(folded.codePointAt(i))) {
            i += Character.charCount(folded.codePointAt(i));
        }
        return i < folded.length() && FORMULA_STARTS.indexOf(folded.codePointAt(i)) >= 0;
    }

    private static String guarded(String value) {
        if (value == null) {
            return "";
        }
        return startsLikeAFormula(value) ? "'" + value : value;
    }

    /** Characters a reader of the sheet does not see before the first visible one: spaces, controls, zero-widths. */
    private static boolean hidden(int codePoint) {
        int type = UCharacter.getType(codePoint);
        return UCharacter.isUWhiteSpace(codePoint) || type == UCharacterCategory.CONTROL || type == UCharacterCategory.FORMAT
                || UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }
}

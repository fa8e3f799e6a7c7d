package org.reportingportals.core.assessment.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvCellsTest {

    /** Every start a spreadsheet reads as a formula or as a cell break (OWASP CSV injection). */
    @ParameterizedTest(name = "starts with U+{0}")
    @ValueSource(chars = {'=', '+', '-', '@', '\t', '\r'})
    void aCellStartingLikeAFormulaGetsALeadingApostropheAndIsQuoted(char start) {
        String value = start + "HYPERLINK(1)";
        assertEquals("\"'" + value + "\"", CsvCells.cell(value));
    }

    @Test
    void theApostropheComesBeforeTheQuotesAreDoubled() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"",
                CsvCells.cell("=HYPERLINK(\"http://evil.example\",\"x\")"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "http://example.com/=x", "a+b", "x-1", "user@example.org", "'=already text"})
    void aCellThatDoesNotStartLikeAFormulaIsOnlyQuoted(String value) {
        assertEquals("\"" + value + "\"", CsvCells.cell(value));
    }

    @Test
    void quotesInsideACellAreDoubledAndSeparatorsStayInside() {
        assertEquals("\"say \"\"hi\"\"\"", CsvCells.cell("say \"hi\""));
        assertEquals("\"a,b\"", CsvCells.cell("a,b"));
        assertEquals("\"line one\r\nline two\"", CsvCells.cell("line one\r\nline two"));
        assertEquals("\"\"\"\"", CsvCells.cell("\""));
    }

    @Test
    void nullAndEmptyAreAnEmptyQuotedCell() {
        assertEquals("\"\"", CsvCells.cell(null));
        assertEquals("\"\"", CsvCells.cell(""));
    }

    @Test
    void aRowQuotesAndNeutralisesEachCellJoinsThemWithCommasAndEndsWithCrLf() {
        assertEquals("\"a,b\",\"c\"\"d\",\"'=1+1\",\"\"\r\n", CsvCells.row(Arrays.asList("a,b", "c\"d", "=1+1", null)));
        assertEquals("\"only\"\r\n", CsvCells.row(List.of("only")));
        assertEquals("\r\n", CsvCells.row(List.of()));
    }
}

package org.reportingportals.core.assessment.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
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

    /**
     * Look-alikes a spreadsheet may fold to a formula start, and starts hidden behind whitespace or control
     * characters: fullwidth and small form variants of {@code = + - @}, leading spaces (ASCII, no-break,
     * ideographic), tabs, CR/LF, zero-width characters, and mixes of them.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"\uFF1DHYPERLINK(1)", "\uFF0B1+1", "\uFF0D1+1", "\uFF20SUM(A1)", // fullwidth = + - @
            "\uFE66HYPERLINK(1)", "\uFE621+1", "\uFE631+1", "\uFE6BSUM(A1)", // small form variants
            " =1+1", "   +1", "\u00A0-1", "\u3000\uFF1D1", "\u2003@SUM(A1)", // spaces, also no-break, ideographic, em
            "\t=1", "\t\t\uFF1D1", " \t \uFF0B1", "\n=1", "\r\n=1", "\n\uFF20A1", "\u000B=1", "\u0000=1",
            "\u200B=1", "\uFEFF\uFF1D1", "\u2060+1", "\u2212 1"}) // zero-width space, BOM, word joiner; minus sign
    void aLookAlikeOrHiddenFormulaStartGetsALeadingApostrophe(String value) {
        assertEquals("\"'" + value + "\"", CsvCells.cell(value));
    }

    @Test
    void aFullwidthFormulaWithQuotesIsNeutralisedAndItsQuotesDoubled() {
        assertEquals("\"'\uFF1DHYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"",
                CsvCells.cell("\uFF1DHYPERLINK(\"http://evil.example\",\"x\")"));
        assertEquals("\" \"\"\uFF0B1\"", CsvCells.cell(" \"\uFF0B1"), "a quote before the sign: no formula, kept as is");
    }

    @Test
    void whatASpreadsheetReadsBackIsTheValueAsSentBehindTheApostrophe() throws IOException {
        List<String> values = Arrays.asList("\uFF1D1", "a,b", "say \"hi\"", "line one\r\nline two", "\r=1", "", "plain", null);
        try (CSVParser parser = CSVParser.parse(CsvCells.row(values) + CsvCells.row(values), CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(2, records.size());
            assertEquals(Arrays.asList("'\uFF1D1", "a,b", "say \"hi\"", "line one\r\nline two", "'\r=1", "", "plain", ""),
                    records.get(1).toList());
        }
    }

    @Test
    void theApostropheComesBeforeTheQuotesAreDoubled() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"",
                CsvCells.cell("=HYPERLINK(\"http://evil.example\",\"x\")"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "http://example.com/=x", "a+b", "x-1", "user@example.org", "'=already text",
            " plain", "\uFF41\uFF1D1", "1\uFF0D2", "\u00A0text", "\uFF03tag"})
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

package org.reportingportals.core.assessment.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvCellsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "=HYPERLINK(\"http://evil\")|\"'=HYPERLINK(\"\"http://evil\"\")\"",
            "+1+2|\"'+1+2\"",
            "-2+3|\"'-2+3\"",
            "@SUM(A1)|\"'@SUM(A1)\"",
            "http://example.com/=x|\"http://example.com/=x\"",
            "plain|\"plain\""})
    void neutralisesFormulaStarts(String value, String expected) {
        assertEquals(expected, CsvCells.cell(value));
    }

    @Test
    void neutralisesTabAndCarriageReturnStartsAndQuotesEverything() {
        assertEquals("\"'\tcmd\"", CsvCells.cell("\tcmd"));
        assertEquals("\"'\rcmd\"", CsvCells.cell("\rcmd"));
        assertEquals("\"\"", CsvCells.cell(null));
        assertEquals("\"a,b\",\"c\"\"d\"\r\n", CsvCells.row(Arrays.asList("a,b", "c\"d")));
        assertEquals("\"\",\"x\"\r\n", CsvCells.row(Arrays.asList(null, "x")));
        assertEquals(List.of(), List.of());
    }
}

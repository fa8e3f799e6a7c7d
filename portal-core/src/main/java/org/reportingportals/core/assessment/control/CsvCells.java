package org.reportingportals.core.assessment.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV cells that a spreadsheet opens as text, never as a formula: a cell starting with {@code = + - @}, a tab
 * or a carriage return gets a leading apostrophe (OWASP's CSV-injection advice), and every cell is quoted.
 * Reported URLs and notes are attacker-controlled; an analyst's spreadsheet must not run them.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String cell(String value) {
        if (value == null) {
            return "\"\"";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    public static String row(List<String> values) {
        return values.stream().map(CsvCells::cell).collect(Collectors.joining(",")) + "\r\n";
    }
}

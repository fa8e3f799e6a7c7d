package org.reportingportals.core.partner.control;

import org.reportingportals.core.assessment.control.CsvCells;
import org.reportingportals.core.assessment.entity.Action;
import org.reportingportals.core.partner.entity.Count;
import org.reportingportals.core.partner.entity.MonthlyOutcomes;
import org.reportingportals.core.partner.entity.OutcomeGroup;

import java.util.ArrayList;
import java.util.List;

/** Monthly outcomes as CSV, suppressed counts (and a suppressed median) as {@value Count#MARKER}, every cell safe from formula injection. */
public final class StatisticsCsv {

    private StatisticsCsv() {
    }

    public static List<String> header() {
        List<String> header = new ArrayList<>(List.of("tenant", "month", "reports", "urls", "urls_assessed"));
        for (OutcomeGroup g : OutcomeGroup.values()) {
            header.add("outcome_" + g.code().replace('-', '_'));
        }
        for (Action a : Action.values()) {
            if (a != Action.NONE) {
                header.add("action_" + a.code().replace('-', '_'));
            }
        }
        header.add("median_hours_to_assessment");
        return header;
    }

    public static String of(List<MonthlyOutcomes> months) {
        StringBuilder csv = new StringBuilder(CsvCells.row(header()));
        for (MonthlyOutcomes m : months) {
            List<String> row = new ArrayList<>(List.of(m.tenant(), m.month().toString(), m.reports().text(), m.urls().text(),
                    m.urlsAssessed().text()));
            for (OutcomeGroup g : OutcomeGroup.values()) {
                row.add(m.outcome(g).text());
            }
            for (Action a : Action.values()) {
                if (a != Action.NONE) {
                    row.add(m.action(a).text());
                }
            }
            row.add(m.medianHours().map(String::valueOf).orElse(m.urlsAssessed().suppressed() ? Count.MARKER : ""));
            csv.append(CsvCells.row(row));
        }
        return csv.toString();
    }
}

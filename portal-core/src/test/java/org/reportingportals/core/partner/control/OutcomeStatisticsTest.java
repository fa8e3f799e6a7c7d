package org.reportingportals.core.partner.control;

import org.junit.jupiter.api.Test;
import org.reportingportals.core.assessment.entity.Action;
import org.reportingportals.core.partner.entity.BarChart;
import org.reportingportals.core.partner.entity.MonthlyOutcomes;
import org.reportingportals.core.partner.entity.OutcomeGroup;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutcomeStatisticsTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 3, 10, 0);
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    private static MonthlyOutcomes tally(int assessedCriminal, int open) {
        OutcomeStatistics.Tally tally = new OutcomeStatistics.Tally();
        for (int i = 0; i < assessedCriminal; i++) {
            tally.add("r" + i, T0, Optional.of(T0.plusHours(i + 1)), Optional.of("CRIMINAL_B"),
                    Optional.of("NOTICE_AND_TAKEDOWN,REFER_HOTLINE"));
        }
        for (int i = 0; i < open; i++) {
            tally.add("open" + i, T0, Optional.empty(), Optional.empty(), Optional.empty());
        }
        return tally.outcomes("ug", NOV);
    }

    @Test
    void groupsOutcomesAndCountsActionsButNotNone() {
        OutcomeStatistics.Tally tally = new OutcomeStatistics.Tally();
        tally.add("a", T0, Optional.of(T0.plusHours(2)), Optional.of("CRIMINAL_A"), Optional.of("NOTICE_AND_TAKEDOWN"));
        tally.add("a", T0, Optional.of(T0.plusHours(2)), Optional.of("CONTENT_GONE"), Optional.of("NONE"));
        tally.add("b", T0, Optional.of(T0.plusHours(2)), Optional.of("DUPLICATE"), Optional.of("NONE"));
        MonthlyOutcomes m = tally.outcomes("ug", NOV);
        assertEquals(2, m.reports().value(), "two reports, three URLs");
        assertEquals(3, m.urls().value());
        assertEquals(1, m.outcome(OutcomeGroup.CRIMINAL).value());
        assertEquals(1, m.outcome(OutcomeGroup.GONE).value());
        assertEquals(1, m.outcome(OutcomeGroup.OTHER).value());
        assertEquals(1, m.action(Action.NOTICE_AND_TAKEDOWN).value());
        assertFalse(m.actions().containsKey(Action.NONE));
    }

    @Test
    void countsFromOneToFourAreSuppressedAndSoIsTheirMedian() {
        MonthlyOutcomes small = tally(3, 4);
        assertEquals("7", small.reports().text());
        assertEquals("suppressed", small.urlsAssessed().text());
        assertEquals("suppressed", small.outcome(OutcomeGroup.CRIMINAL).text());
        assertEquals("0", small.outcome(OutcomeGroup.NOT_CRIMINAL).text(), "zero is not suppressed");
        assertTrue(small.medianTimeToAssessment().isEmpty());

        MonthlyOutcomes enough = tally(5, 0);
        assertEquals("5", enough.urlsAssessed().text());
        assertEquals(Optional.of(Duration.ofHours(3)), enough.medianTimeToAssessment(), "hours 1..5: median 3");
    }

    @Test
    void theMedianOfAnEvenNumberIsTheMeanOfTheMiddleTwo() {
        assertEquals(Duration.ofMinutes(150), OutcomeStatistics.Tally.median(
                List.of(Duration.ofHours(4), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3))));
    }

    @Test
    void theCsvHidesSmallCountsAndIsSafeFromFormulas() {
        String csv = StatisticsCsv.of(List.of(tally(3, 4), tally(6, 0)));
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].startsWith("\"tenant\",\"month\",\"reports\""));
        assertTrue(lines[1].contains("\"suppressed\""), lines[1]);
        assertFalse(lines[1].contains("\"3\""), lines[1]);
        assertTrue(lines[2].contains("\"6\""), lines[2]);
    }

    @Test
    void theChartDrawsNoBarForASuppressedCount() {
        BarChart chart = BarChart.of(List.of(tally(3, 4), tally(6, 0)));
        assertEquals(3, chart.bars().size(), "7 reports, then 6 reports and 6 assessed; the suppressed 3 gets a label only");
        assertTrue(chart.labels().stream().anyMatch(l -> l.text().equals(BarChart.SUPPRESSED)));
        assertTrue(chart.bars().stream().allMatch(b -> b.height() > 0 && b.title().contains("Nov 26")));
    }
}

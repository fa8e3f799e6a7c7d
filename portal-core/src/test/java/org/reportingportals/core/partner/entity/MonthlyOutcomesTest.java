package org.reportingportals.core.partner.entity;

import org.junit.jupiter.api.Test;
import org.reportingportals.core.assessment.entity.Action;

import java.time.Duration;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonthlyOutcomesTest {

    private static final YearMonth NOV = YearMonth.of(2026, 11);

    /** groups in {@link OutcomeGroup} order, actions takedown, hotline, police; counts as the tally makes them. */
    private static MonthlyOutcomes month(int reports, int urls, int[] groups, int[] actions) {
        Map<OutcomeGroup, Count> g = new EnumMap<>(OutcomeGroup.class);
        int assessed = 0;
        for (int i = 0; i < groups.length; i++) {
            g.put(OutcomeGroup.values()[i], new Count(groups[i]));
            assessed += groups[i];
        }
        Map<Action, Count> a = new EnumMap<>(Action.class);
        List<Action> shown = List.of(Action.NOTICE_AND_TAKEDOWN, Action.REFER_HOTLINE, Action.REFER_POLICE);
        for (int i = 0; i < actions.length; i++) {
            a.put(shown.get(i), new Count(actions[i]));
        }
        return new MonthlyOutcomes("ug", NOV, new Count(reports), new Count(urls), new Count(assessed), g, a,
                assessed >= Count.THRESHOLD ? Optional.of(Duration.ofHours(3)) : Optional.empty());
    }

    @Test
    void aSmallGroupTakesTheSmallestOtherGroupWithIt() {
        MonthlyOutcomes m = month(10, 12, new int[] {1, 5, 6, 0, 0}, new int[] {0, 0, 0});
        assertEquals("12", m.urlsAssessed().text());
        assertEquals("suppressed", m.outcome(OutcomeGroup.CRIMINAL).text());
        assertEquals("suppressed", m.outcome(OutcomeGroup.NOT_CRIMINAL).text(), "5 goes with the 1, the same marker");
        assertEquals("6", m.outcome(OutcomeGroup.OUTSIDE_REMIT).text());
        assertEquals("0", m.outcome(OutcomeGroup.GONE).text(), "0 is always shown");
        assertTrue(m.medianTimeToAssessment().isPresent());
    }

    @Test
    void smallGroupsThatLeaveRoomEnoughNeedNoComplement() {
        MonthlyOutcomes m = month(10, 12, new int[] {4, 2, 6, 0, 0}, new int[] {0, 0, 0});
        assertTrue(m.outcome(OutcomeGroup.CRIMINAL).suppressed());
        assertTrue(m.outcome(OutcomeGroup.NOT_CRIMINAL).suppressed());
        assertFalse(m.outcome(OutcomeGroup.OUTSIDE_REMIT).suppressed(), "4 + 2 = 6: each is one of 1..5");
    }

    @Test
    void withNoGroupLeftToPairTheAssessedCountGoesAndThenTheUrls() {
        MonthlyOutcomes m = month(5, 5, new int[] {4, 1, 0, 0, 0}, new int[] {4, 0, 0});
        assertEquals("5", m.reports().text());
        assertTrue(m.urlsAssessed().suppressed(), "5 assessed would make 4 + 1 plain");
        assertTrue(m.urls().suppressed(), "5 URLs would hold assessed to 2..5");
        assertTrue(m.medianTimeToAssessment().isEmpty(), "a median would say at least 5 were assessed");
    }

    @Test
    void aSmallAssessedCountBesideManyUrlsLeavesTheUrlsShown() {
        MonthlyOutcomes m = month(6, 9, new int[] {3, 0, 0, 0, 0}, new int[] {3, 0, 0});
        assertTrue(m.urlsAssessed().suppressed());
        assertEquals("9", m.urls().text(), "assessed is anywhere in 1..9");
    }

    @Test
    void fewReportsSuppressTheWholeMonth() {
        MonthlyOutcomes m = month(4, 31, new int[] {0, 31, 0, 0, 0}, new int[] {0, 0, 0});
        assertTrue(m.reports().suppressed());
        assertTrue(m.urls().suppressed(), "31 URLs need at least 4 reports");
        assertTrue(m.urlsAssessed().suppressed());
        assertTrue(m.outcome(OutcomeGroup.NOT_CRIMINAL).suppressed());
        assertFalse(m.outcome(OutcomeGroup.CRIMINAL).suppressed());
    }

    @Test
    void aPeriodTotalIsShownOnlyWhenNoneOfItsMonthsIsSuppressed() {
        MonthlyOutcomes plain = month(10, 12, new int[] {6, 6, 0, 0, 0}, new int[] {6, 0, 0});
        MonthlyOutcomes small = month(10, 12, new int[] {1, 5, 6, 0, 0}, new int[] {0, 0, 0});
        OutcomeTotals both = OutcomeTotals.of(List.of(plain, small));
        assertEquals("20", both.reports().text());
        assertEquals("24", both.assessed().text());
        assertTrue(both.criminal().suppressed(), "7 less the 6 shown would be the 1");
        assertEquals("6", both.takedowns().text());
        assertEquals("6", OutcomeTotals.of(List.of(plain)).criminal().text());
    }

    @Test
    void zeroIsNeverSuppressed() {
        assertThrows(IllegalArgumentException.class, () -> new Count(0, true));
        assertFalse(new Count(0).suppressed());
        assertTrue(new Count(4).suppressed());
        assertFalse(new Count(5).suppressed());
    }
}

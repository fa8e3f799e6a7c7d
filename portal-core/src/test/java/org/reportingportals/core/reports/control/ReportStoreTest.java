package org.reportingportals.core.reports.control;

import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The choice between the head of the received reports and the head of the expired leases. */
class ReportStoreTest {

    private static Object[] row(boolean danger, String received, long seq) {
        return row(danger, false, received, seq);
    }

    private static Object[] row(boolean danger, boolean personShown, String received, long seq) {
        return new Object[] {"id", danger, personShown, Timestamp.valueOf(LocalDateTime.parse(received)), seq};
    }

    @Test
    void aChildInDangerComesFirstWhateverItsAge() {
        assertTrue(ReportStore.comesFirst(row(true, "2026-12-01T10:00", 9), row(false, "2026-01-01T10:00", 1)));
        assertFalse(ReportStore.comesFirst(row(false, "2026-01-01T10:00", 1), row(true, "2026-12-01T10:00", 9)));
    }

    @Test
    void thenTheReportOfThePersonShownWhateverItsAge() {
        assertTrue(ReportStore.comesFirst(row(false, true, "2026-12-01T10:00", 9), row(false, false, "2026-01-01T10:00", 1)));
        assertFalse(ReportStore.comesFirst(row(false, false, "2026-01-01T10:00", 1), row(false, true, "2026-12-01T10:00", 9)));
        // but never before a child in danger
        assertTrue(ReportStore.comesFirst(row(true, false, "2026-12-01T10:00", 9), row(false, true, "2026-01-01T10:00", 1)));
        assertTrue(ReportStore.comesFirst(row(true, true, "2026-12-01T10:00", 9), row(true, false, "2026-01-01T10:00", 1)));
        assertTrue(ReportStore.comesFirst(row(false, true, "2026-11-01T10:00", 9), row(false, true, "2026-12-01T10:00", 1)));
    }

    @Test
    void thenTheOldestThenIntakeOrder() {
        assertTrue(ReportStore.comesFirst(row(false, "2026-11-30T10:00", 9), row(false, "2026-12-01T10:00", 1)));
        assertFalse(ReportStore.comesFirst(row(false, "2026-12-01T10:00", 1), row(false, "2026-11-30T10:00", 9)));
        assertTrue(ReportStore.comesFirst(row(false, "2026-12-01T10:00", 1), row(false, "2026-12-01T10:00", 2)));
        assertFalse(ReportStore.comesFirst(row(false, "2026-12-01T10:00", 2), row(false, "2026-12-01T10:00", 1)));
        // H2 and PostgreSQL hand booleans and numbers back as different types
        assertTrue(ReportStore.comesFirst(new Object[] {"id", 1, 0, Timestamp.valueOf("2026-12-01 10:00:00"), 5},
                new Object[] {"id", 0, 1, Timestamp.valueOf("2026-11-01 10:00:00"), 1L}));
    }
}

package org.reportingportals.core.partner.entity;

/**
 * Which of a month's counts are suppressed: the small ones (1 to 4), and as many larger ones as it takes that no
 * suppressed count can be worked out from the counts shown and what a reader knows of them (complementary
 * suppression). The one place this is decided: {@link MonthlyOutcomes} applies it when a month is made, so the
 * page, the chart, the CSV, the API and the period totals all show the same cells.
 *
 * <p>What the reader knows, per month: assessed = the sum of the five outcome groups (each assessed URL has one);
 * reports <= URLs <= 10 x reports (at most 10 URLs a report); assessed <= URLs; each action <= assessed; a shown
 * median means at least 5 assessed; a suppressed count is not 0. Guarantee ({@link #MARGIN}): for every suppressed
 * count, the least and the greatest value these allow are at least 4 apart. Why the rules below give it:
 * <ul>
 *   <li>Reports or URLs small: every non-zero count of the month is suppressed. Nothing shown then bounds any of
 *       them from above.</li>
 *   <li>Assessed shown: the suppressed groups add up to assessed minus the shown groups, s, and each lies in
 *       [1, s - (k - 1)] for k of them. With s - k below the margin the smallest shown non-zero group (at least 5)
 *       is suppressed too, which adds at least 4 to s - k. With none left, assessed is suppressed instead.</li>
 *   <li>Assessed suppressed (small, or as that complement): it lies between the greater of the number of non-zero
 *       groups and the shown actions, and the URLs. Where those are closer than the margin the URLs are suppressed
 *       too; then only 10 x reports bounds them, at least 50, against at most 20 below (all groups are small).</li>
 *   <li>A small action lies in [1, assessed]: at least 4 wide when assessed is shown (it is 5 or more then), and
 *       as wide as assessed's own range when it is not. Actions need no complement.</li>
 * </ul>
 * Months are decided one by one, whatever the period asked for, so that two periods cannot be played off against
 * each other; a period total is shown only when none of its months is suppressed in that column
 * ({@link OutcomeTotals}). {@code StatisticsDisclosureTest} checks the guarantee with the reader's linear programs.
 */
final class MonthSuppression {

    /** The least distance between the lowest and highest value a reader can give a suppressed count. */
    static final int MARGIN = Count.THRESHOLD - 1;

    static final int REPORTS = 0;
    static final int URLS = 1;
    static final int ASSESSED = 2;
    /** The five outcome groups follow assessed, in {@link OutcomeGroup} order, then the actions. */
    static final int GROUPS = 3;
    static final int GROUP_COUNT = OutcomeGroup.values().length;
    static final int ACTIONS = GROUPS + GROUP_COUNT;

    private MonthSuppression() {
    }

    /** {@code values} in the order above, the actions last; returns which of them are suppressed. */
    static boolean[] of(int[] values) {
        boolean[] suppressed = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            suppressed[i] = Count.small(values[i]);
        }
        if (suppressed[REPORTS] || suppressed[URLS]) {
            for (int i = 0; i < values.length; i++) {
                suppressed[i] = values[i] > 0;
            }
            return suppressed;
        }
        if (values[ASSESSED] == 0) {
            return suppressed;
        }
        int small = 0;
        int sum = 0;
        for (int g = GROUPS; g < ACTIONS; g++) {
            if (suppressed[g]) {
                small++;
                sum += values[g];
            }
        }
        if (!suppressed[ASSESSED] && small > 0 && sum - small < MARGIN) {
            int complement = -1;
            for (int g = GROUPS; g < ACTIONS; g++) {
                if (!suppressed[g] && values[g] > 0 && (complement < 0 || values[g] < values[complement])) {
                    complement = g;
                }
            }
            suppressed[complement < 0 ? ASSESSED : complement] = true;
        }
        if (suppressed[ASSESSED]) {
            // the least a reader can give assessed: one per non-zero group, and no less than any action shown
            int least = Math.max(1, nonZero(values, GROUPS, ACTIONS));
            for (int a = ACTIONS; a < values.length; a++) {
                if (!suppressed[a]) {
                    least = Math.max(least, values[a]);
                }
            }
            if (values[URLS] - least < MARGIN) {
                suppressed[URLS] = true;
            }
        }
        return suppressed;
    }

    private static int nonZero(int[] values, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += values[i] > 0 ? 1 : 0;
        }
        return n;
    }
}

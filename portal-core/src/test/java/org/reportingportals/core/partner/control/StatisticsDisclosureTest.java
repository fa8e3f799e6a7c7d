package org.reportingportals.core.partner.control;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.reportingportals.core.assessment.entity.Action;
import org.reportingportals.core.assessment.entity.Outcome;
import org.reportingportals.core.intake.control.SubmissionValidator;
import org.reportingportals.core.partner.entity.Count;
import org.reportingportals.core.partner.entity.MonthlyOutcomes;
import org.reportingportals.core.partner.entity.OutcomeGroup;
import org.reportingportals.core.partner.entity.OutcomeTotals;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * No suppressed statistic can be worked out from the published ones. For generated periods (tallied by the real
 * {@link OutcomeStatistics.Tally} from generated reports, URLs, outcomes and actions), the test plays the reader:
 * it takes only what a page, CSV, chart or API shows (numbers, which cells are suppressed, whether a median is
 * shown, the platform team's period totals) and, for every suppressed cell, solves two linear programs
 * (commons-math3's simplex) for the least and the greatest value the cell can take under everything shown and every
 * relation the reader knows: per month assessed = the sum of the five outcome groups, reports <= URLs <= 10 x reports,
 * assessed <= URLs, each action <= assessed, a shown median means at least 5 assessed, a shown period total is the
 * sum of its months, no count is negative, a suppressed count is not 0 (zeros are shown). Guaranteed margin: the
 * whole numbers in that range differ by at least {@value #MARGIN}, i.e. at least five values stay possible.
 */
class StatisticsDisclosureTest {

    /** The protection margin the suppression rule promises (see {@code MonthlyOutcomes}). */
    private static final int MARGIN = 4;
    private static final double EPS = 1e-6;
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 10, 1, 8, 0);
    private static final YearMonth FIRST = YearMonth.of(2026, 1);
    private static final List<OutcomeGroup> GROUPS = List.of(OutcomeGroup.values());
    private static final List<Action> ACTIONS = List.of(Action.NOTICE_AND_TAKEDOWN, Action.REFER_HOTLINE,
            Action.REFER_POLICE);
    /** A month's cells in the reader's program: reports, URLs, assessed, the 5 groups, the 3 actions. */
    private static final int R = 0, U = 1, A = 2, G = 3, ACT = 8, CELLS = 11;

    /** One generated URL: its outcome when assessed, and the actions taken on it. */
    record Url(Optional<Outcome> outcome, Set<Action> actions) {
    }

    /** 1000 periods by default; QuickTheories prints the seed of a failure, {@code -DQT_SEED=...} replays it. */
    @Test
    void noSuppressedCellCanBeWorkedOutFromThePublishedOnes() {
        qt().withExamples(1000).forAll(periods()).checkAssert(period -> {
            List<MonthlyOutcomes> months = new ArrayList<>();
            for (int i = 0; i < period.size(); i++) {
                months.add(tally(period.get(i), FIRST.plusMonths(i)));
            }
            assertNothingDerivable(months, OutcomeTotals.of(months));
        });
    }

    @Test
    void aSmallGroupBesideTheAssessedCountIsNotLeftAlone() {
        // assessed 10 = criminal 1 + not criminal 1 + outside remit 8: the two 1s sum to 2, so each is 1
        List<Url> urls = new ArrayList<>();
        urls.add(new Url(Optional.of(Outcome.CRIMINAL_A), Set.of()));
        urls.add(new Url(Optional.of(Outcome.NOT_CRIMINAL), Set.of()));
        for (int i = 0; i < 8; i++) {
            urls.add(new Url(Optional.of(Outcome.OUTSIDE_REMIT), Set.of()));
        }
        List<List<Url>> reports = urls.stream().map(List::of).toList();
        MonthlyOutcomes month = tally(reports, FIRST);
        assertEquals(10, month.urlsAssessed().shown().orElse(-1), "10 assessed is shown");
        assertNothingDerivable(List.of(month), OutcomeTotals.of(List.of(month)));
    }

    @Test
    void fewReportsWithManyUrlsDoNotGiveTheReportCountAway() {
        // 4 reports of 10, 10, 10 and 1 URLs: 31 URLs need at least 4 reports
        List<List<Url>> reports = List.of(urls(10), urls(10), urls(10), urls(1));
        MonthlyOutcomes month = tally(reports, FIRST);
        assertNothingDerivable(List.of(month), OutcomeTotals.of(List.of(month)));
    }

    private static List<Url> urls(int n) {
        return java.util.Collections.nCopies(n, new Url(Optional.of(Outcome.NOT_CRIMINAL), Set.of()));
    }

    private static MonthlyOutcomes tally(List<List<Url>> reports, YearMonth month) {
        OutcomeStatistics.Tally tally = new OutcomeStatistics.Tally();
        LocalDateTime received = month.atDay(2).atTime(T0.toLocalTime());
        int hours = 1;
        for (int r = 0; r < reports.size(); r++) {
            for (Url url : reports.get(r)) {
                Optional<String> actions = url.outcome().map(o -> url.actions().isEmpty() ? "NONE"
                        : url.actions().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
                LocalDateTime assessed = received.plusHours(hours++);
                tally.add(month + "-r" + r, received, url.outcome().map(o -> assessed), url.outcome().map(Enum::name),
                        actions);
            }
        }
        return tally.outcomes("ug", month);
    }

    private static Gen<List<List<List<Url>>>> periods() {
        Gen<Optional<Outcome>> outcome = Generate.frequency(List.of(
                weighted(6, Generate.constant(Optional.of(Outcome.CRIMINAL_B))),
                weighted(1, Generate.constant(Optional.of(Outcome.CRIMINAL_A))),
                weighted(3, Generate.constant(Optional.of(Outcome.NOT_CRIMINAL))),
                weighted(1, Generate.constant(Optional.of(Outcome.OUTSIDE_REMIT))),
                weighted(1, Generate.constant(Optional.of(Outcome.CONTENT_GONE))),
                weighted(1, Generate.constant(Optional.of(Outcome.DUPLICATE))),
                weighted(2, Generate.constant(Optional.<Outcome>empty()))));
        Gen<Set<Action>> actions = Generate.frequency(List.of(
                weighted(3, Generate.constant(Set.<Action>of())),
                weighted(3, Generate.constant(Set.of(Action.NOTICE_AND_TAKEDOWN))),
                weighted(2, lists().of(Generate.pick(ACTIONS)).ofSizeBetween(0, 3).map(Set::copyOf))));
        Gen<Url> url = outcome.zip(actions, (o, a) -> new Url(o, o.isPresent() ? a : Set.of()));
        Gen<List<Url>> report = Generate.frequency(List.of(
                weighted(8, lists().of(url).ofSizeBetween(1, 2)),
                weighted(2, lists().of(url).ofSizeBetween(1, SubmissionValidator.MAX_URLS)),
                weighted(1, lists().of(url).ofSize(SubmissionValidator.MAX_URLS))));
        Gen<List<List<Url>>> month = Generate.frequency(List.of(
                weighted(1, lists().of(report).ofSizeBetween(0, 4)),
                weighted(4, lists().of(report).ofSizeBetween(5, 12)),
                weighted(1, lists().of(report).ofSizeBetween(0, 25))));
        return lists().of(month).ofSizeBetween(1, 3);
    }

    private static <T> Pair<Integer, Gen<T>> weighted(int weight, Gen<T> gen) {
        return Pair.of(weight, gen);
    }

    /** The reader's view: a cell's published number, or empty when it is suppressed. */
    private static List<Count> cells(MonthlyOutcomes m) {
        List<Count> cells = new ArrayList<>(List.of(m.reports(), m.urls(), m.urlsAssessed()));
        GROUPS.forEach(g -> cells.add(m.outcome(g)));
        ACTIONS.forEach(a -> cells.add(m.action(a)));
        return cells;
    }

    private static void assertNothingDerivable(List<MonthlyOutcomes> months, OutcomeTotals totals) {
        int n = months.size() * CELLS;
        List<LinearConstraint> known = new ArrayList<>();
        double[] real = new double[n];
        List<Integer> suppressed = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            MonthlyOutcomes m = months.get(i);
            List<Count> cells = cells(m);
            int base = i * CELLS;
            for (int c = 0; c < CELLS; c++) {
                Count count = cells.get(c);
                real[base + c] = count.value();
                if (count.shown().isPresent()) {
                    known.add(row(n, Relationship.EQ, count.shown().getAsInt(), base + c, 1));
                } else {
                    suppressed.add(base + c);
                    known.add(row(n, Relationship.GEQ, 1, base + c, 1));
                    // a rendering that says "<5" publishes that bound too
                    if (count.text().startsWith("<")) {
                        known.add(row(n, Relationship.LEQ, Integer.parseInt(count.text().substring(1)) - 1, base + c, 1));
                    }
                }
            }
            double[] sum = new double[n];
            sum[base + A] = 1;
            for (int g = 0; g < GROUPS.size(); g++) {
                sum[base + G + g] = -1;
            }
            known.add(new LinearConstraint(sum, Relationship.EQ, 0));
            known.add(row(n, Relationship.LEQ, 0, base + R, 1, base + U, -1));
            known.add(row(n, Relationship.LEQ, 0, base + U, 1, base + R, -SubmissionValidator.MAX_URLS));
            known.add(row(n, Relationship.LEQ, 0, base + A, 1, base + U, -1));
            for (int a = 0; a < ACTIONS.size(); a++) {
                known.add(row(n, Relationship.LEQ, 0, base + ACT + a, 1, base + A, -1));
            }
            if (m.medianTimeToAssessment().isPresent()) {
                known.add(row(n, Relationship.GEQ, Count.THRESHOLD, base + A, 1));
            }
        }
        total(known, n, months.size(), totals.reports(), R);
        total(known, n, months.size(), totals.assessed(), A);
        total(known, n, months.size(), totals.criminal(), G + GROUPS.indexOf(OutcomeGroup.CRIMINAL));
        total(known, n, months.size(), totals.takedowns(), ACT);

        String table = describe(months, totals);
        for (int cell : suppressed) {
            double min = optimise(known, n, cell, GoalType.MINIMIZE);
            double max = optimise(known, n, cell, GoalType.MAXIMIZE);
            String name = "month " + (cell / CELLS) + " cell " + (cell % CELLS) + " (value " + (int) real[cell] + ")";
            assertTrue(min <= real[cell] + EPS && real[cell] <= max + EPS,
                    "the reader's program must admit the real value: " + name + " in [" + min + ", " + max + "]\n" + table);
            double width = Math.floor(max + EPS) - Math.ceil(min - EPS);
            assertTrue(width >= MARGIN, "suppressed " + name + " is narrowed to [" + min + ", " + max + "]\n" + table);
        }
    }

    private static void total(List<LinearConstraint> known, int n, int months, Count total, int cell) {
        if (total.shown().isPresent()) {
            double[] sum = new double[n];
            for (int i = 0; i < months; i++) {
                sum[i * CELLS + cell] = 1;
            }
            known.add(new LinearConstraint(sum, Relationship.EQ, total.shown().getAsInt()));
        }
    }

    /** {@code cells} are pairs of index and coefficient. */
    private static LinearConstraint row(int n, Relationship relation, double value, double... cells) {
        double[] coefficients = new double[n];
        for (int i = 0; i < cells.length; i += 2) {
            coefficients[(int) cells[i]] = cells[i + 1];
        }
        return new LinearConstraint(coefficients, relation, value);
    }

    private static double optimise(List<LinearConstraint> known, int n, int cell, GoalType goal) {
        double[] objective = new double[n];
        objective[cell] = 1;
        try {
            PointValuePair best = new SimplexSolver().optimize(new MaxIter(10_000),
                    new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(known), goal,
                    new NonNegativeConstraint(true));
            return best.getValue();
        } catch (UnboundedSolutionException unbounded) {
            return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
    }

    private static String describe(List<MonthlyOutcomes> months, OutcomeTotals totals) {
        Function<Count, String> cell = c -> c.value() + (c.suppressed() ? "*" : "");
        StringBuilder text = new StringBuilder("R U A | groups | actions | median (* = suppressed)\n");
        for (MonthlyOutcomes m : months) {
            List<Count> cells = cells(m);
            text.append(cells.subList(0, 3).stream().map(cell).collect(Collectors.joining(" "))).append(" | ")
                    .append(cells.subList(G, ACT).stream().map(cell).collect(Collectors.joining(" "))).append(" | ")
                    .append(cells.subList(ACT, CELLS).stream().map(cell).collect(Collectors.joining(" "))).append(" | ")
                    .append(m.medianTimeToAssessment().isPresent() ? "shown" : "-").append('\n');
        }
        return text.append("totals ").append(cell.apply(totals.reports())).append(' ').append(cell.apply(totals.assessed()))
                .append(' ').append(cell.apply(totals.criminal())).append(' ').append(cell.apply(totals.takedowns()))
                .toString();
    }
}

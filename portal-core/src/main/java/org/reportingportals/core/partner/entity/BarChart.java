package org.reportingportals.core.partner.entity;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reports received and URLs assessed per month as grouped bars, laid out here and drawn as inline SVG by the
 * template (no script, no external file). Suppressed counts get no bar, only the {@link #SUPPRESSED} label, so
 * the picture tells no more than the table.
 */
public record BarChart(int width, int height, List<Bar> bars, List<Label> labels, List<Tick> ticks) {

    private static final int LEFT = 48;
    private static final int BOTTOM = 40;
    private static final int TOP = 16;
    /** The label of a suppressed count: short enough for a bar's width, the same for every suppressed count. */
    public static final String SUPPRESSED = "x";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    /** {@code series} is {@code reports} or {@code assessed}; {@code title} is the accessible text of the bar. */
    public record Bar(double x, double y, double width, double height, String series, String title) {
    }

    public record Label(double x, double y, String text, String anchor) {
    }

    public record Tick(double y, String text) {
    }

    public static BarChart of(List<MonthlyOutcomes> months) {
        int width = Math.max(320, LEFT + months.size() * 56 + 8);
        int height = 240;
        double plot = height - TOP - BOTTOM;
        int max = months.stream().mapToInt(m -> Math.max(m.reports().shown().orElse(0), m.urlsAssessed().shown().orElse(0)))
                .max().orElse(0);
        int top = niceTop(max);
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            int value = top * i / 4;
            ticks.add(new Tick(TOP + plot - plot * value / top, Integer.toString(value)));
        }
        for (int i = 0; i < months.size(); i++) {
            MonthlyOutcomes m = months.get(i);
            double x = LEFT + i * 56 + 6;
            String month = MONTH.format(m.month());
            add(bars, labels, x, m.reports(), plot, top, "reports", month + ": " + m.reports().text() + " reports received");
            add(bars, labels, x + 22, m.urlsAssessed(), plot, top, "assessed",
                    month + ": " + m.urlsAssessed().text() + " URLs assessed");
            labels.add(new Label(x + 22, height - BOTTOM + 16, month, "middle"));
        }
        return new BarChart(width, height, bars, labels, ticks);
    }

    private static void add(List<Bar> bars, List<Label> labels, double x, Count count, double plot, int top, String series,
                            String title) {
        if (count.suppressed()) {
            labels.add(new Label(x + 10, TOP + plot - 4, SUPPRESSED, "middle"));
            return;
        }
        double h = plot * count.value() / top;
        bars.add(new Bar(x, TOP + plot - h, 20, h, series, title));
    }

    private static int niceTop(int max) {
        if (max <= 10) {
            return 10;
        }
        int magnitude = (int) Math.pow(10, Math.floor(Math.log10(max)));
        for (int step : new int[] {1, 2, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    public static String monthLabel(YearMonth month) {
        return MONTH.format(month);
    }
}

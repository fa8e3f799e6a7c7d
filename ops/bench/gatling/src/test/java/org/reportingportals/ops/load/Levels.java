package org.reportingportals.ops.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Response times per level of a stepped arrival rate, to find where p99 passes the limit.
 *
 * <p>Gatling's assertions and statistics cover a whole run or a request name, not a stretch of time, so the
 * breakpoint profile times its requests here as well: each request is filed under the level it was sent in
 * (the first {@code settle} of each level, while the rate changes, is left out). A level is judged once
 * {@code limit} has passed after its end: every request of it that is still unanswered by then is also slower than
 * the limit, so "more than 1% slower than the limit" is decided exactly, and the run can stop there instead of
 * loading a platform that has already given way. The full table is written when the run ends, with every answer in.
 */
final class Levels {

    enum Kind { REPORT, PAGE }

    private record Sample(int level, Kind kind, long millis, boolean ok) {
    }

    private final double startRate;
    private final double stepRate;
    private final int count;
    private final long levelMillis;
    private final long settleMillis;
    private final long limitMillis;
    private final AtomicLong origin = new AtomicLong();
    private final AtomicLongArray sent;
    private final AtomicLongArray answered;
    private final AtomicLongArray slow;
    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private int judged;
    private int knee = -1;

    Levels(double startRate, double stepRate, int count, long levelMillis, long settleMillis, long limitMillis) {
        this.startRate = startRate;
        this.stepRate = stepRate;
        this.count = count;
        this.levelMillis = levelMillis;
        this.settleMillis = settleMillis;
        this.limitMillis = limitMillis;
        this.sent = new AtomicLongArray(count);
        this.answered = new AtomicLongArray(count);
        this.slow = new AtomicLongArray(count);
    }

    double rate(int level) {
        return startRate + level * stepRate;
    }

    /** The level a request sent at {@code millis} belongs to, or -1 while a level settles or after the last. */
    private int levelAt(long millis) {
        origin.compareAndSet(0, millis);
        long elapsed = millis - origin.get();
        int level = (int) (elapsed / levelMillis);
        return level < count && elapsed % levelMillis >= settleMillis ? level : -1;
    }

    /** Called as a request is sent; returns the time to hand back to {@link #answered}. */
    long sent() {
        long now = System.currentTimeMillis();
        int level = levelAt(now);
        if (level >= 0) {
            sent.incrementAndGet(level);
        }
        return now;
    }

    void answered(long sentAt, Kind kind, boolean ok) {
        int level = levelAt(sentAt);
        if (level < 0) {
            return;
        }
        long millis = System.currentTimeMillis() - sentAt;
        samples.add(new Sample(level, kind, millis, ok));
        answered.incrementAndGet(level);
        if (millis > limitMillis) {
            slow.incrementAndGet(level);
        }
    }

    /** True once a finished level had more than 1% of its requests slower than the limit: stop sending. */
    synchronized boolean passed() {
        long now = System.currentTimeMillis();
        while (knee < 0 && judged < count && origin.get() > 0
                && now >= origin.get() + (judged + 1) * levelMillis + limitMillis) {
            long unanswered = sent.get(judged) - answered.get(judged);
            if (sent.get(judged) > 0 && slow.get(judged) + unanswered > 0.01 * sent.get(judged)) {
                knee = judged;
            }
            judged++;
        }
        return knee >= 0;
    }

    /** The table of levels and the knee, as plain text for the results file. */
    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-6s %10s %10s %8s %8s %8s %10s %10s %6s%n", "level", "target/s",
                "sent/s", "p50 ms", "p95 ms", "p99 ms", "p99 rep.", "p99 pages", "KO"));
        List<Sample> all = new ArrayList<>(samples);
        double measuredSeconds = (levelMillis - settleMillis) / 1000.0;
        int lastUnder = -1;
        int firstOver = -1;
        for (int level = 0; level < count; level++) {
            int l = level;
            List<Sample> here = all.stream().filter(s -> s.level() == l).toList();
            if (here.isEmpty()) {
                continue;
            }
            long[] every = millis(here, null);
            long p99 = percentile(every, 99);
            // still unanswered at the end of the run: counted as slower than anything answered
            long lost = sent.get(level) - here.size();
            if (p99 > limitMillis || lost > 0.01 * sent.get(level)) {
                firstOver = firstOver < 0 ? level : firstOver;
            } else if (firstOver < 0) {
                lastUnder = level;
            }
            out.append(String.format(Locale.ROOT, "%-6d %10.0f %10.1f %8d %8d %8d %10d %10d %6d%n", level, rate(level),
                    sent.get(level) / measuredSeconds, percentile(every, 50), percentile(every, 95), p99,
                    percentile(millis(here, Kind.REPORT), 99), percentile(millis(here, Kind.PAGE), 99),
                    here.stream().filter(s -> !s.ok()).count() + lost));
        }
        if (firstOver < 0) {
            out.append(String.format(Locale.ROOT, "knee: not reached; p99 stayed under %d ms up to %.0f arrivals/s%n",
                    limitMillis, rate(lastUnder)));
        } else {
            out.append(String.format(Locale.ROOT, "knee: p99 passed %d ms at %.0f arrivals/s (last level under it: %s)%n",
                    limitMillis, rate(firstOver), lastUnder < 0 ? "none" : String.format(Locale.ROOT, "%.0f/s",
                            rate(lastUnder))));
        }
        return out.toString();
    }

    void write(String file) {
        try {
            Files.writeString(Path.of(file), table());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the levels to " + file, e);
        }
    }

    private static long[] millis(List<Sample> samples, Kind kind) {
        return samples.stream().filter(s -> kind == null || s.kind() == kind).mapToLong(Sample::millis).sorted().toArray();
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}

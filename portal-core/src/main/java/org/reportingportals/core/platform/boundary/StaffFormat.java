package org.reportingportals.core.platform.boundary;

import com.ibm.icu.util.ULocale;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Times, ages and language names as the console shows them: UTC, to the minute, in English. */
public record StaffFormat(Instant now) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String time(Optional<Instant> instant) {
        return instant.map(this::time).orElse("");
    }

    /** How long ago, coarse: {@code 5 min}, {@code 3 h 10 min}, {@code 2 d 4 h}. */
    public String age(Instant since) {
        return span(Duration.between(since, now));
    }

    public String age(Optional<Instant> since) {
        return since.map(this::age).orElse("–");
    }

    /** How long until, e.g. a lease's end; {@code expired} once past. */
    public String until(Instant end) {
        Duration left = Duration.between(now, end);
        return left.isNegative() ? "expired" : span(left);
    }

    private static String span(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + " h " + minutes % 60 + " min";
        }
        return minutes / (24 * 60) + " d " + minutes % (24 * 60) / 60 + " h";
    }

    /** {@code Swahili (sw)}: the reporter's language, named for the analyst. */
    public String language(String tag) {
        ULocale locale = ULocale.forLanguageTag(tag);
        return locale.getDisplayName(ULocale.ENGLISH) + " (" + tag + ")";
    }
}

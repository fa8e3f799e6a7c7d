package org.reportingportals.core.platform.control;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One per-client limit ({@code kind}: reports, status checks) in fixed windows that every instance of the platform
 * counts together: what a request adds to is {@link Attempt the row} for its kind, client and window, which
 * {@link ThrottleCounts} increments in the database. This class holds the rules; it stores nothing.
 *
 * <p>Windows are aligned to the epoch ({@code start = now - now mod window}), so every instance names the same
 * window without asking another; a few milliseconds of clock skew between instances only moves the odd request at
 * a window's edge into the neighbouring window.
 *
 * <p>A client is known by a keyed hash only: HMAC-SHA256 of its address under a key derived from the master secret
 * for each clock hour ({@code rate-limit-v1:<hour>}), the same on every instance. A window never spans two hours
 * (the window divides an hour), so a hash counts one client for its whole window, and nothing links one hour's
 * hashes to the next's: without the master secret a hash tells neither the address nor the client of another hour.
 *
 * <p>Expired windows go without a scan on the request path: the first attempt an instance counts in a new window
 * also deletes that kind's rows of windows before the previous one ({@link #purgeDue}), one small indexed delete
 * per kind, window and instance. The table so holds at most about two windows of clients.
 */
public final class Throttle {

    private static final long HOUR = Duration.ofHours(1).toSeconds();

    /**
     * The row one attempt counts in: shared by every instance that sees this client in this window.
     *
     * @param windowStart the window's first epoch second
     */
    public record Attempt(String kind, String clientHash, long windowStart) {
    }

    private record HourKey(long hour, byte[] key) {
    }

    private final String kind;
    private final int limit;
    private final long window;
    private final Secrets secrets;
    private final Clock clock;
    private final AtomicLong purgedAt = new AtomicLong(Long.MIN_VALUE);
    private volatile HourKey key = new HourKey(Long.MIN_VALUE, new byte[0]);

    /**
     * @param kind   the limit's name in the table, e.g. {@code report}
     * @param window a whole number of seconds that divides an hour (10 min: 600 s)
     */
    public Throttle(String kind, int limit, Duration window, Secrets secrets, Clock clock) {
        if (limit < 1 || window.toSeconds() < 1 || HOUR % window.toSeconds() != 0 || window.toNanos() % 1_000_000_000L != 0) {
            throw new IllegalArgumentException("a throttle needs a positive limit and a window of whole seconds dividing an hour");
        }
        this.kind = Objects.requireNonNull(kind);
        this.limit = limit;
        this.window = window.toSeconds();
        this.secrets = Objects.requireNonNull(secrets);
        this.clock = Objects.requireNonNull(clock);
    }

    public String kind() {
        return kind;
    }

    /**
     * The row this client's attempt now counts in; the address is hashed here and not kept. IPv6 clients count per
     * /64, IPv4 clients per address ({@link ClientAddresses#limitUnit}).
     */
    public Attempt attempt(String clientAddress) {
        long now = clock.instant().getEpochSecond();
        return new Attempt(kind, clientHash(keyOf(Math.floorDiv(now, HOUR)), ClientAddresses.limitUnit(clientAddress)),
                now - Math.floorMod(now, window));
    }

    /** Whether the attempt that made its row's count {@code attempts} (all instances together) may go ahead. */
    public boolean allows(long attempts) {
        return attempts <= limit;
    }

    /**
     * Present once per window on this instance, for the first attempt in it: rows of this kind whose window starts
     * before the answer (windows older than the previous one) can be deleted.
     */
    public OptionalLong purgeDue(Attempt attempt) {
        long last = purgedAt.get();
        if (attempt.windowStart() > last && purgedAt.compareAndSet(last, attempt.windowStart())) {
            return OptionalLong.of(attempt.windowStart() - window);
        }
        return OptionalLong.empty();
    }

    /** The key of one clock hour (hours since the epoch), the same on every instance holding the master secret. */
    public static byte[] hourKey(Secrets secrets, long hour) {
        return secrets.derive("rate-limit-v1:" + hour);
    }

    /** 128 bits of HMAC-SHA256, as 32 hex digits. */
    public static String clientHash(byte[] hourKey, String clientAddress) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hourKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(clientAddress.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private byte[] keyOf(long hour) {
        HourKey current = key;
        if (current.hour() != hour) {
            current = new HourKey(hour, hourKey(secrets, hour));
            key = current;
        }
        return current.key();
    }
}

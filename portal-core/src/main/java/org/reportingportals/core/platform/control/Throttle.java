package org.reportingportals.core.platform.control;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests per client in fixed windows, knowing clients only by a keyed hash. The key is random,
 * lives in memory only and is replaced every hour together with all counters, so no hash can be linked to
 * an address, or to the same client an hour later; nothing is ever written anywhere.
 */
public final class Throttle {

    private static final Duration KEY_LIFETIME = Duration.ofHours(1);
    private static final int MAX_CLIENTS = 200_000;

    private final SecureRandom random;
    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>(); // hash -> {window start ms, count}
    private volatile byte[] key;
    private volatile Instant keyBorn;

    public Throttle(SecureRandom random, Clock clock, int limit, Duration window) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a throttle needs a positive limit and window");
        }
        this.random = random;
        this.clock = clock;
        this.limit = limit;
        this.window = window;
        rotate(clock.instant());
    }

    /** True when this client may go ahead; counts the attempt either way. */
    public boolean tryAcquire(String clientAddress) {
        Instant now = clock.instant();
        if (now.isAfter(keyBorn.plus(KEY_LIFETIME))) {
            rotate(now);
        }
        if (windows.size() > MAX_CLIENTS) {
            long cutoff = now.toEpochMilli() - window.toMillis();
            windows.values().removeIf(w -> w[0] < cutoff);
        }
        long nowMs = now.toEpochMilli();
        long[] counter = windows.compute(hash(clientAddress), (k, w) -> {
            if (w == null || nowMs - w[0] >= window.toMillis()) {
                return new long[]{nowMs, 1};
            }
            w[1]++;
            return w;
        });
        return counter[1] <= limit;
    }

    private synchronized void rotate(Instant now) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        key = fresh;
        keyBorn = now;
        windows.clear();
    }

    private String hash(String clientAddress) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(clientAddress.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.reportingportals.core.platform.control;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import java.sql.SQLException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tells a write that lost a race with another transaction from a fault. A lost race is the client's business
 * (409: the state changed under you, look again), a fault is ours (500); both databases report races with
 * standard SQLSTATEs, H2 with a few of its own.
 */
public final class Contention {

    /**
     * 40001 serialization failure (H2 too, for a deadlock), 40P01 deadlock (PostgreSQL), 55P03 lock not available,
     * 23505 a unique key taken by a concurrent insert, HYT00 lock wait timed out (H2), 90131 concurrent update (H2).
     */
    private static final Set<String> LOST_RACE_STATES = Set.of("40001", "40P01", "55P03", "23505", "HYT00", "90131");

    private static final int MAX_DEPTH = 12;

    private Contention() {
    }

    /** True when {@code failure}, or what caused it, is the database refusing a write that raced another. */
    public static boolean lostRace(Throwable failure) {
        return causes(failure).anyMatch(t -> t instanceof PessimisticLockException || t instanceof LockTimeoutException
                || t instanceof OptimisticLockException
                || t instanceof SQLException sql && sql.getSQLState() != null && LOST_RACE_STATES.contains(sql.getSQLState()));
    }

    /** {@code failure} and its causes, at most {@value #MAX_DEPTH} deep (a cycle of causes ends there too). */
    static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause).limit(MAX_DEPTH);
    }
}

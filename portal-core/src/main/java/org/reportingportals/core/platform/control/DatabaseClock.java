package org.reportingportals.core.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The database's time, read once per transaction. Leases are compared by every instance of the platform, so they
 * need a clock all instances share: the JVM clocks of several pods drift apart, the database server's clock is one.
 *
 * <p>Within a transaction every call answers the same instant (the first read is kept with the transaction), so a
 * claim, its lease end and its audit record agree with each other, and PostgreSQL's {@code CURRENT_TIMESTAMP}
 * (the start of the transaction) means the same there. Outside a transaction each call reads afresh.
 */
@ApplicationScoped
public class DatabaseClock {

    private static final Object KEY = DatabaseClock.class;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public Instant now() {
        if (transactions.getTransactionKey() == null) {
            return read();
        }
        Object kept = transactions.getResource(KEY);
        if (kept instanceof Instant instant) {
            return instant;
        }
        Instant now = read();
        transactions.putResource(KEY, now);
        return now;
    }

    /**
     * {@code CURRENT_TIMESTAMP} is a timestamp with time zone on both databases, so the instant does not depend on
     * the session's time zone; the drivers hand it back as different types.
     */
    private Instant read() {
        Object value = em.createNativeQuery("SELECT CURRENT_TIMESTAMP").getSingleResult();
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        throw new IllegalStateException("unexpected type for CURRENT_TIMESTAMP: " + value.getClass().getName());
    }
}

package org.reportingportals.core.feedback.control;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A claimed outbox message, carried from the claim's transaction to the SMTP exchange (outside any transaction)
 * and on to the transaction that records the result. Without a letter the claim settled the message itself (no
 * address left to write to) and nothing is sent.
 */
public record Delivery(UUID messageId, String claimToken, Optional<Letter> letter) {

    /** Who to write to and what: the address is decrypted only for this, and never printed. */
    public record Letter(String to, FeedbackMails.Mail mail) {

        public Letter {
            Objects.requireNonNull(to);
            Objects.requireNonNull(mail);
        }

        @Override
        public String toString() {
            return "Letter[to=(not shown)]";
        }
    }

    public Delivery {
        Objects.requireNonNull(messageId);
        Objects.requireNonNull(claimToken);
        Objects.requireNonNull(letter);
    }
}

package org.reportingportals.core.feedback.entity;

import org.reportingportals.core.platform.entity.SettingsGroup;

import java.time.Duration;
import java.util.Optional;

/**
 * Feedback mail ({@code portal.mail.*}, {@code portal.contact.retention}): the SMTP server (none: sending is off
 * and messages wait), how often the outbox is pumped and retried, how long a claimed message waits for its
 * sender's result before another instance may send it ({@code lease}), and how long reporters' addresses are kept.
 */
public record MailSettings(Optional<String> host, int port, Optional<String> username, Optional<String> password,
                           boolean starttls, String from, Duration poll, Duration retryBase, Duration lease,
                           Duration contactRetention)
        implements SettingsGroup {

    public boolean sending() {
        return host.isPresent();
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host.orElse("none") + ", port=" + port + ", from=" + from + "]";
    }
}

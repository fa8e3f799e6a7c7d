package org.reportingportals.core.reports.entity;

import java.util.Objects;

/**
 * A reported URL after normalisation.
 *
 * @param raw         exactly as the reporter typed it (not even trimmed), for the analyst
 * @param normalised  scheme, lower-case ASCII host, non-default port, path and query; no userinfo, no fragment
 * @param hostAscii   the host as a browser would look it up (punycode for IDNs, dotted quad for IPv4)
 * @param hostUnicode the host in Unicode, for reading
 * @param hadUserinfo true when the URL carried {@code user@} before the host, a classic disguise
 * @param hostIsIp    true when the host is an IP address literal
 */
public record NormalisedUrl(String raw, String normalised, String hostAscii, String hostUnicode,
                            boolean hadUserinfo, boolean hostIsIp) {
    public NormalisedUrl {
        Objects.requireNonNull(raw);
        Objects.requireNonNull(normalised);
        Objects.requireNonNull(hostAscii);
        Objects.requireNonNull(hostUnicode);
    }
}

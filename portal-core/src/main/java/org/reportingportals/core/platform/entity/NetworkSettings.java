package org.reportingportals.core.platform.entity;

import java.util.List;

/**
 * How requests reach the platform ({@code portal.hosts}, {@code portal.proxy.trusted}): its own host names
 * (empty: this machine's names and addresses), and whether a proxy in front sets {@code X-Forwarded-*}.
 */
public record NetworkSettings(List<String> hosts, boolean trustedProxy) implements SettingsGroup {

    public NetworkSettings {
        hosts = List.copyOf(hosts);
    }
}

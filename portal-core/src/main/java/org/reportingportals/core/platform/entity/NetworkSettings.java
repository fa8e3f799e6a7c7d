package org.reportingportals.core.platform.entity;

import java.util.List;

/**
 * How requests reach the platform ({@code portal.hosts}, {@code portal.proxy.trusted}): its own host names
 * (empty: this machine's names and addresses), and the proxies in front whose {@code X-Forwarded-*} headers are
 * believed, as canonical CIDR ranges (empty: none; see {@code platform.control.ClientAddresses}).
 */
public record NetworkSettings(List<String> hosts, List<String> trustedProxies) implements SettingsGroup {

    public NetworkSettings {
        hosts = List.copyOf(hosts);
        trustedProxies = List.copyOf(trustedProxies);
    }
}

package org.reportingportals.tenant.directory.control;

import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds tenants by code or by their own host name. Lookup is exact: an unknown code or host never falls back
 * to some default tenant. A published configuration replaces a tenant as a whole ({@link #publish}); readers
 * see either the old or the new tenant, never a mix.
 */
public final class TenantDirectory {

    private record Index(Map<String, Tenant> byCode, Map<String, Tenant> byHost) {
    }

    private volatile Index index;

    public TenantDirectory(Collection<Tenant> tenants) {
        this.index = index(tenants);
    }

    /** Puts a new configuration of a tenant (or a new tenant) live; refused if it would clash with another's hosts. */
    public synchronized void publish(Tenant tenant) {
        this.index = replacing(tenant);
    }

    /** Refuses, as {@link #publish} would, a configuration that would clash with another tenant's hosts; publishes nothing. */
    public void checkFits(Tenant tenant) {
        replacing(tenant);
    }

    private Index replacing(Tenant tenant) {
        Map<String, Tenant> codes = new LinkedHashMap<>(index.byCode());
        codes.put(tenant.code(), tenant);
        return index(codes.values());
    }

    private static Index index(Collection<Tenant> tenants) {
        Map<String, Tenant> codes = new LinkedHashMap<>();
        Map<String, Tenant> hosts = new LinkedHashMap<>();
        for (Tenant tenant : tenants) {
            if (codes.putIfAbsent(tenant.code(), tenant) != null) {
                throw new IllegalArgumentException("tenant code defined twice: " + tenant.code());
            }
            for (String host : tenant.hostnames()) {
                if (hosts.putIfAbsent(host, tenant) != null) {
                    throw new IllegalArgumentException("host name " + host + " belongs to two tenants");
                }
            }
        }
        return new Index(Map.copyOf(codes), Map.copyOf(hosts));
    }

    public Optional<Tenant> find(String code) {
        return Tenant.isWellFormedCode(code) ? Optional.ofNullable(index.byCode().get(code)) : Optional.empty();
    }

    /** The tenant whose own host this is ({@code Host} header without port), if any. */
    public Optional<Tenant> byHost(String host) {
        if (host == null || host.length() > 253) {
            return Optional.empty();
        }
        return Optional.ofNullable(index.byHost().get(host.toLowerCase(Locale.ROOT)));
    }

    public List<Tenant> all() {
        return index.byCode().values().stream().sorted(Comparator.comparing(Tenant::code)).toList();
    }
}

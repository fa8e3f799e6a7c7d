package org.reportingportals.tenant.directory.control;

import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds tenants by code. Lookup is exact: an unknown code never falls back to some default tenant.
 */
public final class TenantDirectory {

    private final Map<String, Tenant> byCode;

    public TenantDirectory(Collection<Tenant> tenants) {
        Map<String, Tenant> map = new LinkedHashMap<>();
        for (Tenant tenant : tenants) {
            if (map.putIfAbsent(tenant.code(), tenant) != null) {
                throw new IllegalArgumentException("tenant code defined twice: " + tenant.code());
            }
        }
        this.byCode = Map.copyOf(map);
    }

    public Optional<Tenant> find(String code) {
        return Tenant.isWellFormedCode(code) ? Optional.ofNullable(byCode.get(code)) : Optional.empty();
    }

    public List<Tenant> all() {
        return byCode.values().stream().sorted(java.util.Comparator.comparing(Tenant::code)).toList();
    }
}

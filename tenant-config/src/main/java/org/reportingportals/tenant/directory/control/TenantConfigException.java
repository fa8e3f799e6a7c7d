package org.reportingportals.tenant.directory.control;

import java.util.List;

/** Tenant files that cannot be used; the message names every file, field and problem, one per line. */
public class TenantConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public TenantConfigException(List<String> problems) {
        super("invalid tenant configuration:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

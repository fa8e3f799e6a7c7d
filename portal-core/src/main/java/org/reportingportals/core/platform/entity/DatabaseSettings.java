package org.reportingportals.core.platform.entity;

import java.util.Locale;

/**
 * The database ({@code portal.db.url}). The data source itself is defined by {@code @DataSourceDefinition}, which
 * reads the same keys; this record tells the code which database it talks to.
 */
public record DatabaseSettings(String url) implements SettingsGroup {

    public boolean isPostgres() {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
    }
}

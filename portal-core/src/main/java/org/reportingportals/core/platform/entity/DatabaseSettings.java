package org.reportingportals.core.platform.entity;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The database ({@code portal.db.url}). The data source itself is defined by {@code @DataSourceDefinition}, which
 * reads the same keys; this record tells the code which database it talks to, and as whom Flyway migrates it
 * ({@code portal.db.owner-user}, {@code portal.db.owner-password}): on PostgreSQL the schema's owner, a role the
 * application's pool never uses, so the application's role cannot alter, drop or unguard what it reads. Without
 * an owner login Flyway migrates as the application's role (H2, or a PostgreSQL set up with one role).
 */
public record DatabaseSettings(String url, Optional<Login> owner) implements SettingsGroup {

    public DatabaseSettings {
        Objects.requireNonNull(url);
        Objects.requireNonNull(owner);
    }

    public boolean isPostgres() {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
    }

    /** A database login; its password never appears in {@link #toString()}. */
    public record Login(String user, String password) {
        public Login {
            Objects.requireNonNull(user);
            Objects.requireNonNull(password);
        }

        @Override
        public String toString() {
            return "Login[user=" + user + "]";
        }
    }
}

package org.reportingportals.core.platform.control;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {

    @Test
    void absentKeysTakeTheirDocumentedDefaults() {
        Settings settings = over(Map.of());
        assertEquals(20, settings.integer("portal.rate-limit.reports", 20, 1, 100));
        assertEquals(Duration.ofMinutes(15), settings.duration("portal.queue.lease", Duration.ofMinutes(15), Duration.ofSeconds(1)));
        assertFalse(settings.flag("portal.mail.starttls", false));
        assertEquals(Optional.empty(), settings.text("portal.mail.host"));
        assertEquals(List.of(), settings.list("portal.hosts"));
        assertEquals("production", settings.choice("portal.mode", "production", List.of("production", "dev")));
    }

    @Test
    void valuesAreTypedAndTrimmed() {
        Settings settings = over(Map.of("n", " 42 ", "d", "P30D", "f", "TRUE", "u", "https://example.org/x",
                "l", "a.example, b.example ,,", "blank", "   "));
        assertEquals(42, settings.integer("n", 1, 1, 100));
        assertEquals(Duration.ofDays(30), settings.duration("d", Duration.ZERO, Duration.ZERO));
        assertTrue(settings.flag("f", false));
        assertEquals(URI.create("https://example.org/x"), settings.url("u").orElseThrow());
        assertEquals(List.of("a.example", "b.example"), settings.list("l"));
        assertEquals(Optional.empty(), settings.text("blank"), "a blank value counts as not set");
    }

    @Test
    void aBadValueIsRefusedNamingTheKeyTheValueAndWhatWasExpected() {
        Settings settings = over(Map.of("portal.queue.lease", "15 minutes", "portal.mail.port", "smtp",
                "portal.rate-limit.reports", "0", "portal.mail.starttls", "yes", "portal.quick-exit-url", "javascript:alert(1)",
                "portal.mode", "test", "portal.tenants.poll", "PT0.01S"));
        assertRefused("portal.queue.lease: '15 minutes' is not an ISO-8601 duration",
                () -> settings.duration("portal.queue.lease", Duration.ofMinutes(15), Duration.ofSeconds(1)));
        assertRefused("portal.mail.port: 'smtp' is not a whole number", () -> settings.integer("portal.mail.port", 25, 1, 65535));
        assertRefused("portal.rate-limit.reports: '0' is not a number from 1 to 100",
                () -> settings.integer("portal.rate-limit.reports", 20, 1, 100));
        assertRefused("portal.mail.starttls: 'yes' is not true or false", () -> settings.flag("portal.mail.starttls", false));
        assertRefused("portal.quick-exit-url: 'javascript:alert(1)' is not an absolute http or https URL",
                () -> settings.url("portal.quick-exit-url"));
        assertRefused("portal.mode: 'test' is not one of production, dev",
                () -> settings.choice("portal.mode", "production", List.of("production", "dev")));
        assertRefused("portal.tenants.poll: 'PT0.01S' is not a duration of at least PT0.1S",
                () -> settings.duration("portal.tenants.poll", Duration.ofSeconds(5), Duration.ofMillis(100)));
    }

    private static void assertRefused(String message, Runnable read) {
        Settings.SettingRefused refused = assertThrows(Settings.SettingRefused.class, read::run);
        assertTrue(refused.getMessage().startsWith(message), refused.getMessage());
    }

    /** A configuration with just these values: MicroProfile Config is an interface, so the test provides one. */
    static Settings over(Map<String, String> values) {
        return new Settings(new Config() {
            @Override
            public <T> T getValue(String name, Class<T> type) {
                return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
            }

            @Override
            public ConfigValue getConfigValue(String name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
                if (type != String.class) {
                    throw new UnsupportedOperationException("Settings reads text and converts it itself");
                }
                return Optional.ofNullable(values.get(name)).map(type::cast);
            }

            @Override
            public Iterable<String> getPropertyNames() {
                return values.keySet();
            }

            @Override
            public Iterable<ConfigSource> getConfigSources() {
                return List.of();
            }

            @Override
            public <T> Optional<Converter<T>> getConverter(Class<T> type) {
                return Optional.empty();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        });
    }
}

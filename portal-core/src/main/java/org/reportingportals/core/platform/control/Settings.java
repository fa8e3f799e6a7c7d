package org.reportingportals.core.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads MicroProfile Config (system properties, {@code PORTAL_*} environment variables,
 * {@code microprofile-config.properties}) into typed values. Every refusal names the key, the value and what
 * was expected, so a bad setting stops the start with a sentence an operator can act on. The README's table
 * is the single list of keys and defaults; each component's settings record reads its own group once.
 */
@ApplicationScoped
public class Settings {

    @Inject
    Config config;

    protected Settings() {
        // CDI
    }

    /** For tests and tools: a reader over any config. */
    public Settings(Config config) {
        this.config = config;
    }

    public Optional<String> text(String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }

    public String text(String key, String fallback) {
        return text(key).orElse(fallback);
    }

    public int integer(String key, int fallback, int min, int max) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw refused(key, value.get(), "a whole number");
        }
        if (parsed < min || parsed > max) {
            throw refused(key, value.get(), "a number from " + min + " to " + max);
        }
        return parsed;
    }

    public boolean flag(String key, boolean fallback) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw refused(key, value.get(), "true or false");
        };
    }

    /** An ISO-8601 duration ({@code PT15M}, {@code P30D}) of at least {@code min}. */
    public Duration duration(String key, Duration fallback, Duration min) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return fallback;
        }
        Duration parsed;
        try {
            parsed = Duration.parse(value.get());
        } catch (DateTimeParseException e) {
            throw refused(key, value.get(), "an ISO-8601 duration such as PT15M or P30D");
        }
        if (parsed.compareTo(min) < 0) {
            throw refused(key, value.get(), "a duration of at least " + min);
        }
        return parsed;
    }

    /** An absolute http or https URL. */
    public Optional<URI> url(String key) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.get());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw refused(key, value.get(), "an absolute http or https URL");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw refused(key, value.get(), "an absolute http or https URL");
        }
    }

    public URI url(String key, URI fallback) {
        return url(key).orElse(fallback);
    }

    /** A comma-separated list; empty when the key is not set. */
    public List<String> list(String key) {
        return text(key).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** One of the given words, lower case. */
    public String choice(String key, String fallback, List<String> allowed) {
        String value = text(key, fallback).toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            throw refused(key, value, "one of " + String.join(", ", allowed));
        }
        return value;
    }

    /** A refusal naming the key, for checks a settings record makes across its values. */
    public static SettingRefused refused(String key, String value, String expected) {
        return new SettingRefused(key + ": '" + value + "' is not " + expected);
    }

    public static final class SettingRefused extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        SettingRefused(String message) {
            super(message);
        }
    }
}

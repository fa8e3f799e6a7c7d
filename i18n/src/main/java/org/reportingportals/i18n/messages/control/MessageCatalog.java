package org.reportingportals.i18n.messages.control;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Resolves message keys to text in a locale, with ICU MessageFormat (named arguments, plural, select).
 *
 * <p>Lookup walks the locale's fallback chain ({@code sw_TZ -> sw -> root}); within one locale, later layers
 * override earlier ones. The root catalog ({@code <base>.properties}) is English. A key missing everywhere is
 * logged once and rendered as the key itself, so a gap is visible but never blank.
 *
 * <p>The pseudo-locale {@code en-XA} ({@link PseudoLocalizer}) renders the root catalog accented and
 * lengthened.
 *
 * <p>Thread-safe; merged tables and compiled formats are cached per locale.
 */
public final class MessageCatalog {

    private static final Logger LOG = Logger.getLogger(MessageCatalog.class.getName());

    private final ClassLoader loader;
    private final List<String> layers;
    private final Map<ULocale, Map<String, String>> merged = new ConcurrentHashMap<>();
    private final Map<ULocale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();
    private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

    /**
     * @param loader where the catalogs are found
     * @param layers resource base names, most general first, e.g. {@code i18n/messages}
     */
    public MessageCatalog(ClassLoader loader, List<String> layers) {
        this.loader = Objects.requireNonNull(loader);
        this.layers = List.copyOf(layers);
        if (this.layers.isEmpty()) {
            throw new IllegalArgumentException("a catalog needs at least one layer");
        }
    }

    /** Formats {@code key} in {@code locale} with named arguments. */
    public String format(ULocale locale, String key, Map<String, ?> arguments) {
        Optional<MessageFormat> format = compiled(locale, key);
        if (format.isEmpty()) {
            if (reportedMissing.add(key)) {
                LOG.warning(() -> "message key missing from every catalog: " + key);
            }
            return key;
        }
        // MessageFormat is not thread-safe for formatting; the cached instance is used under its own lock
        MessageFormat messageFormat = format.get();
        synchronized (messageFormat) {
            return messageFormat.format(arguments == null ? Map.of() : arguments);
        }
    }

    public String format(ULocale locale, String key) {
        return format(locale, key, Map.of());
    }

    /** The raw pattern for {@code key} after fallback, if any layer defines it. */
    public Optional<String> pattern(ULocale locale, String key) {
        return Optional.ofNullable(table(locale).get(key));
    }

    /** Every key the root catalog defines, sorted. */
    public List<String> rootKeys() {
        List<String> keys = new ArrayList<>(table(ULocale.ROOT).keySet());
        Collections.sort(keys);
        return keys;
    }

    /** The keys and patterns defined for exactly this locale (no fallback), merged across layers. */
    public Map<String, String> ownEntries(ULocale locale) {
        Map<String, String> own = new LinkedHashMap<>();
        for (String layer : layers) {
            own.putAll(read(resourceName(layer, locale)));
        }
        return own;
    }

    private Optional<MessageFormat> compiled(ULocale locale, String key) {
        Map<String, MessageFormat> perLocale = formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
        MessageFormat cached = perLocale.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        String pattern = PseudoLocalizer.isPseudo(locale)
                ? Optional.ofNullable(table(ULocale.ROOT).get(key)).map(PseudoLocalizer::transform).orElse(null)
                : table(locale).get(key);
        if (pattern == null) {
            return Optional.empty();
        }
        MessageFormat created = new MessageFormat(pattern, locale);
        perLocale.putIfAbsent(key, created);
        return Optional.of(perLocale.get(key));
    }

    private Map<String, String> table(ULocale locale) {
        return merged.computeIfAbsent(locale, this::merge);
    }

    private Map<String, String> merge(ULocale locale) {
        List<ULocale> chain = new ArrayList<>();
        for (ULocale l = locale; l != null; l = l.getFallback()) {
            chain.add(l);
            if (l.equals(ULocale.ROOT)) {
                break;
            }
        }
        if (!chain.get(chain.size() - 1).equals(ULocale.ROOT)) {
            chain.add(ULocale.ROOT);
        }
        Collections.reverse(chain);
        Map<String, String> result = new HashMap<>();
        for (ULocale l : chain) {
            result.putAll(ownEntries(l));
        }
        return Map.copyOf(result);
    }

    private static String resourceName(String layer, ULocale locale) {
        String suffix = locale.equals(ULocale.ROOT) ? "" : "_" + locale.getName();
        return layer + suffix + ".properties";
    }

    private Map<String, String> read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Map.of();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> entries = new HashMap<>();
            properties.forEach((k, v) -> entries.put((String) k, (String) v));
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog " + resource, e);
        }
    }
}
